// RUN: dialectic-opt %s -symbol-dce -split-input-file -verify-diagnostics -allow-unregistered-dialect | FileCheck %s
// RUN: dialectic-opt %s -pass-pipeline="builtin.module(builtin.module(symbol-dce))" -split-input-file -allow-unregistered-dialect | FileCheck %s --check-prefix=NESTED
// RUN: not dialectic-opt %s -split-input-file -allow-unregistered-dialect -pass-pipeline="builtin.module(func.func(symbol-dce))" 2>&1 | FileCheck %s --check-prefix=NOTABLE

// NOTABLE: error: 'func.func' op  was scheduled to run under SymbolDCE, but does not define a symbol table

// Private symbols without uses go away; public ones stay.

// CHECK-LABEL: module attributes {test.simple}
module attributes {test.simple} {
  // CHECK-NOT: func private @dead_private
  func.func private @dead_private()

  // CHECK-NOT: module @unused_private_module
  "builtin.module"() <{sym_name = "unused_private_module", sym_visibility = "private"}> ({
    func.func @in_unused_module() {
      return
    }
  }) : () -> ()

  // CHECK: func @public_root
  func.func @public_root() {
    call @used_private() : () -> ()
    return
  }

  // CHECK: func private @used_private
  func.func private @used_private() {
    return
  }

  // CHECK-NOT: func private @cycle_a
  // CHECK-NOT: func private @cycle_b
  func.func private @cycle_a() {
    call @cycle_b() : () -> ()
    return
  }
  func.func private @cycle_b() {
    call @cycle_a() : () -> ()
    return
  }
}

// -----

// Only private symbols are discarded (MLIR's default canDiscardOnUseEmpty), so public symbols of a private
// nested module stay; a nested reference keeps every symbol on its path alive.

// CHECK-LABEL: module attributes {test.nested}
// NESTED-LABEL: module attributes {test.nested}
module attributes {test.nested} {
  // CHECK: module @inner attributes {sym_visibility = "private"}
  // NESTED: module @inner attributes {sym_visibility = "private"}
  "builtin.module"() <{sym_name = "inner", sym_visibility = "private"}> ({
    // CHECK: func @dead_in_inner
    // NESTED: func @dead_in_inner
    func.func @dead_in_inner() {
      return
    }
    // CHECK: func @kept_in_inner
    func.func @kept_in_inner() {
      return
    }
  }) : () -> ()

  "test.user"() {uses = [@inner::@kept_in_inner]} : () -> ()
}

// -----

// A public nested module keeps its public symbols.

// CHECK-LABEL: module attributes {test.public_nested}
module attributes {test.public_nested} {
  // CHECK: module @pub
  module @pub {
    // CHECK: func @visible
    func.func @visible() {
      return
    }
    // CHECK-NOT: func private @hidden
    func.func private @hidden()
  }
}

// -----

// Symbol tables nested in ordinary ops are scanned on their own.

// CHECK-LABEL: module attributes {test.in_region}
module attributes {test.in_region} {
  func.func @holder() {
    scf.execute_region {
      // CHECK: builtin.module {
      builtin.module {
        // CHECK-NOT: func private @unused
        func.func private @unused()
        // CHECK: func private @used
        func.func private @used()
        "test.user"() {uses = @used} : () -> ()
      }
      scf.yield
    }
    return
  }
}

// -----

module attributes {test.unknown} {
  // expected-error@+1 {{operation contains potentially unknown symbol table, meaning that we can't reliable compute symbol uses}}
  "unknown.table"() ({
    "unknown.user"() {uses = @f} : () -> ()
  }) : () -> ()
  func.func private @f()
}
