// --no-implicit-module: the source must hold exactly one operation, which becomes the root unwrapped; without
// the flag, anything but a single builtin.module is wrapped in one.
// RUN: dialectic-opt --allow-unregistered-dialect --split-input-file --no-implicit-module %s 2>&1 | FileCheck %s
// RUN: dialectic-opt --allow-unregistered-dialect --split-input-file %s | FileCheck %s --check-prefix=IMPLICIT
// RUN: not dialectic-opt --allow-unregistered-dialect --no-implicit-module %S/Inputs/two-ops.mlir 2>&1 \
// RUN:   | FileCheck %s --check-prefix=TWO

// CHECK:      "foo.single"() : () -> (){{$}}
// CHECK-EMPTY:
// CHECK-NEXT: // -----
// CHECK-NEXT: module @m {
// CHECK-NEXT:   "foo.in_module"() : () -> ()
// CHECK-NEXT: }

// IMPLICIT:      module {
// IMPLICIT-NEXT:   "foo.single"() : () -> ()
// IMPLICIT-NEXT: }
// IMPLICIT:      // -----
// IMPLICIT-NEXT: module @m {
// IMPLICIT-NEXT:   "foo.in_module"() : () -> ()
// IMPLICIT-NEXT: }

// TWO: two-ops.mlir:0:0: error: source must contain a single top-level operation, found: 2

"foo.single"() : () -> ()

// -----

module @m {
  "foo.in_module"() : () -> ()
}
