// RUN: dialectic-opt %s --remove-dead-values --split-input-file --allow-unregistered-dialect | FileCheck %s --check-prefixes=CHECK,CANON
// RUN: dialectic-opt %s --remove-dead-values=canonicalize=false --split-input-file --allow-unregistered-dialect | FileCheck %s

// Every CHECK line here is what mlir-opt-22 --remove-dead-values prints for the same input, with or without
// canonicalize; CANON lines are what it prints with canonicalize (the default). Without it, mlir-opt-22 replaces
// dead yielded values with ub.poison, which we do not have.

// Dead arguments and results of a private function go, with the matching call operands and results.

// CHECK-LABEL: func.func private @private_callee(%arg0: i32, %arg1: memref<i32>) -> i32 {
// CHECK-NEXT: %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: memref.store %0, %arg1[] : memref<i32>
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @private_caller(%arg0: i32, %arg1: memref<i32>) -> i32 {
// CHECK-NEXT: %0 = call @private_callee(%arg0, %arg1) : (i32, memref<i32>) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func private @private_callee(%a: i32, %b: i32, %m: memref<i32>) -> (i32, i32) {
  %c = arith.addi %a, %a : i32
  memref.store %c, %m[] : memref<i32>
  %d = arith.muli %b, %b : i32
  return %c, %d : i32, i32
}
func.func @private_caller(%x: i32, %m: memref<i32>) -> i32 {
  %r:2 = call @private_callee(%x, %x, %m) : (i32, i32, memref<i32>) -> (i32, i32)
  %u = arith.addi %x, %x : i32
  return %r#0 : i32
}

// -----

// A result dead at one call but live at another stays.

// CHECK-LABEL: func.func private @callee_two_sites(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @two_sites_a(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = call @callee_two_sites(%arg0) : (i32) -> i32
// CHECK-NEXT: %1 = call @callee_two_sites(%arg0) : (i32) -> i32
// CHECK-NEXT: return %1 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @two_sites_b(%arg0: i32) {
// CHECK-NEXT: %0 = call @callee_two_sites(%arg0) : (i32) -> i32
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func private @callee_two_sites(%x: i32, %y: i32) -> i32 {
  %0 = arith.addi %x, %x : i32
  return %0 : i32
}
func.func @two_sites_a(%x: i32) -> i32 {
  %0 = call @callee_two_sites(%x, %x) : (i32, i32) -> i32
  %1 = call @callee_two_sites(%x, %x) : (i32, i32) -> i32
  return %1 : i32
}
func.func @two_sites_b(%x: i32) {
  %0 = call @callee_two_sites(%x, %x) : (i32, i32) -> i32
  return
}

// -----

// A private function without calls loses its whole signature; a declaration and public functions keep theirs.

// CHECK-LABEL: func.func private @no_calls() {
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK: func.func private @declaration(i32) -> i32
// CHECK-LABEL: func.func @public_keeps(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT: %0 = call @declaration(%arg0) : (i32) -> i32
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
func.func private @no_calls(%x: i32) -> i32 {
  return %x : i32
}
func.func private @declaration(i32) -> i32
func.func @public_keeps(%x: i32, %unused: i32) -> i32 {
  %0 = call @declaration(%x) : (i32) -> i32
  %dead = arith.muli %x, %x : i32
  return %x : i32
}

// -----

// Dead successor arguments go with the operands forwarded to them.

// CHECK-LABEL: func.func @branch_args(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT: cf.cond_br %arg0, ^bb1(%arg1 : i32), ^bb2
// CHECK-NEXT: ^bb1(%0: i32):  // pred: ^bb0
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: return %arg1 : i32
// CHECK-NEXT: }
func.func @branch_args(%c: i1, %x: i32, %y: i32) -> i32 {
  %z = arith.addi %x, %y : i32
  cf.cond_br %c, ^bb1(%x, %z : i32, i32), ^bb2(%y : i32)
^bb1(%a: i32, %b: i32):
  return %a : i32
^bb2(%d: i32):
  return %x : i32
}

// -----

// Region ops without effects whose results are all dead are erased whole.

// CHECK-LABEL: func.func @dead_region_ops(%arg0: i32, %arg1: index, %arg2: index, %arg3: index) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
func.func @dead_region_ops(%x: i32, %lb: index, %ub: index, %st: index) -> i32 {
  %0 = scf.for %i = %lb to %ub step %st iter_args(%acc = %x) -> (i32) {
    %n = arith.addi %acc, %x : i32
    scf.yield %n : i32
  }
  %c = arith.cmpi eq, %x, %x : i32
  %1 = scf.if %c -> (i32) {
    scf.yield %x : i32
  } else {
    scf.yield %x : i32
  }
  return %x : i32
}

// -----

// Effects keep their operands live; unregistered ops are assumed to have effects.

// CHECK-LABEL: func.func @effects_keep(%arg0: i32, %arg1: memref<i32>) {
// CHECK-NEXT: %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: %1 = arith.muli %0, %0 : i32
// CHECK-NEXT: memref.store %1, %arg1[] : memref<i32>
// CHECK-NEXT: "test.foo"(%arg0) : (i32) -> ()
// CHECK-NEXT: %2 = "test.bar"(%arg0) : (i32) -> i32
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @effects_keep(%x: i32, %m: memref<i32>) {
  %0 = arith.addi %x, %x : i32
  %1 = arith.muli %0, %0 : i32
  memref.store %1, %m[] : memref<i32>
  "test.foo"(%x) : (i32) -> ()
  %2 = "test.bar"(%x) : (i32) -> i32
  %3 = arith.subi %x, %x : i32
  return
}

// -----

// A region op with an effect inside stays with what feeds it.

// CHECK-LABEL: func.func @region_with_effect(%arg0: i1, %arg1: i32, %arg2: memref<i32>) {
// CHECK-NEXT: %0 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT: scf.if %arg0 {
// CHECK-NEXT: memref.store %0, %arg2[] : memref<i32>
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @region_with_effect(%c: i1, %x: i32, %m: memref<i32>) {
  %v = arith.addi %x, %x : i32
  %d = arith.muli %x, %x : i32
  scf.if %c {
    memref.store %v, %m[] : memref<i32>
  }
  return
}

// -----

// Liveness flows through calls between private functions.

// CHECK-LABEL: func.func private @chain_a(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = call @chain_b(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func private @chain_b(%arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @chain_root(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = call @chain_a(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func private @chain_a(%x: i32, %y: i32) -> i32 {
  %0 = call @chain_b(%x, %y) : (i32, i32) -> i32
  return %0 : i32
}
func.func private @chain_b(%x: i32, %y: i32) -> i32 {
  %0 = arith.addi %y, %y : i32
  return %x : i32
}
func.func @chain_root(%x: i32) -> i32 {
  %1 = arith.muli %x, %x : i32
  %0 = call @chain_a(%x, %1) : (i32, i32) -> i32
  return %0 : i32
}

// -----

// Dead values flow through a chain of private functions, whatever their order.

// CHECK-LABEL: func.func private @chain_b(%arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func private @chain_a(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = call @chain_b(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @chain_root(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = call @chain_a(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func private @chain_b(%x: i32, %y: i32) -> (i32, i32) {
  %0 = arith.addi %y, %y : i32
  return %x, %y : i32, i32
}
func.func private @chain_a(%x: i32, %y: i32) -> (i32, i32) {
  %0:2 = call @chain_b(%x, %y) : (i32, i32) -> (i32, i32)
  return %0#0, %0#1 : i32, i32
}
func.func @chain_root(%x: i32) -> i32 {
  %1 = arith.muli %x, %x : i32
  %0:2 = call @chain_a(%x, %1) : (i32, i32) -> (i32, i32)
  return %0#0 : i32
}

// -----

// An scf.while without effects and without live results is erased.

// CHECK-LABEL: func.func @while_dead(%arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
func.func @while_dead(%x: i32) -> i32 {
  %0 = scf.while (%a = %x) : (i32) -> i32 {
    %c = arith.cmpi slt, %a, %x : i32
    scf.condition(%c) %a : i32
  } do {
  ^bb0(%b: i32):
    %n = arith.addi %b, %x : i32
    scf.yield %n : i32
  }
  return %x : i32
}

// -----

// Private functions of a nested module are cleaned too.

// CHECK: module @inner {
// CHECK-LABEL: func.func private @in() {
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-LABEL: func.func @inpub(%arg0: i32) -> i32 {
// CHECK-NEXT: call @in() : () -> ()
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: }
module @inner {
  func.func private @in(%x: i32) -> i32 {
    return %x : i32
  }
  func.func @inpub(%x: i32) -> i32 {
    %0 = call @in(%x) : (i32) -> i32
    return %x : i32
  }
}

// -----

// Argument and result attributes follow their arguments and results; a dead call result goes with its
// users.

// CHECK-LABEL: func.func private @attrs(%arg0: i32 {test.a = 1 : i32}) -> (i32 {test.r}) {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func private @attrs2(%arg0: i32) -> (i32 {test.r}) {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @attrs_caller(%arg0: i32) -> (i32, i32) {
// CHECK-NEXT: %0 = call @attrs(%arg0) : (i32) -> i32
// CHECK-NEXT: %1 = call @attrs2(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0, %1 : i32, i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @uses_dead_call_result(%arg0: i32) {
// CHECK-NEXT: call @attrs3() : () -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-LABEL: func.func private @attrs3() {
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func private @attrs(%x: i32 {test.a = 1 : i32}, %y: i32 {test.b}) -> (i32 {test.r}, i32) {
  return %x, %y : i32, i32
}
func.func private @attrs2(%x: i32 {test.a = 1 : i32}, %y: i32) -> (i32, i32 {test.r}) {
  return %x, %y : i32, i32
}
func.func @attrs_caller(%x: i32) -> (i32, i32) {
  %0:2 = call @attrs(%x, %x) : (i32, i32) -> (i32, i32)
  %1:2 = call @attrs2(%x, %x) : (i32, i32) -> (i32, i32)
  %d = arith.addi %0#1, %1#0 : i32
  return %0#0, %1#1 : i32, i32
}
func.func @uses_dead_call_result(%x: i32) {
  %0 = call @attrs3(%x) : (i32) -> i32
  %1 = arith.addi %0, %0 : i32
  return
}
func.func private @attrs3(%x: i32) -> i32 {
  %c = arith.constant 3 : i32
  return %c : i32
}

// -----

// A branch naming one block twice keeps the arguments of all its successors, as MLIR 22 does.

// CHECK-LABEL: func.func @sw(%arg0: i32, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT: cf.switch %arg0 : i32, [
// CHECK-NEXT: default: ^bb1(%arg1 : i32),
// CHECK-NEXT: 2: ^bb2(%arg1 : i32)
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb1(%0: i32):  // pred: ^bb0
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: ^bb2(%1: i32):  // pred: ^bb0
// CHECK-NEXT: return %1 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @br2(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT: cf.cond_br %arg0, ^bb1(%arg1, %arg2 : i32, i32), ^bb1(%arg2, %arg1 : i32, i32)
// CHECK-NEXT: ^bb1(%0: i32, %1: i32):  // 2 preds: ^bb0, ^bb0
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @br3(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT: cf.br ^bb1(%arg0 : i32)
// CHECK-NEXT: ^bb1(%0: i32):  // pred: ^bb0
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @sw(%i: i32, %x: i32, %y: i32) -> i32 {
  cf.switch %i : i32, [
    default: ^bb1(%x : i32),
    2: ^bb2(%x, %y : i32, i32)
  ]
^bb1(%a: i32):
  return %a : i32
^bb2(%b: i32, %c: i32):
  return %b : i32
}
func.func @br2(%c0: i1, %x: i32, %y: i32) -> i32 {
  cf.cond_br %c0, ^bb1(%x, %y : i32, i32), ^bb1(%y, %x : i32, i32)
^bb1(%b: i32, %c: i32):
  return %b : i32
}
func.func @br3(%x: i32, %y: i32) -> i32 {
  cf.br ^bb1(%x, %y : i32, i32)
^bb1(%b: i32, %c: i32):
  return %b : i32
}

// -----

// Memref globals and other symbols do not stop the pass.

// CHECK: memref.global "private" @g : memref<i32>
// CHECK-LABEL: func.func @a(%arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
memref.global "private" @g : memref<i32>
func.func @a(%x: i32) -> i32 {
  %u = arith.addi %x, %x : i32
  return %x : i32
}

// -----

// Values nested in unknown region ops: only what feeds an op with effects stays.

// CHECK-LABEL: func.func @reg(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = "test.region"(%arg0) ({
// CHECK-NEXT: ^bb0(%arg1: i32):
// CHECK-NEXT: %2 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT: "test.term"(%2) : (i32) -> ()
// CHECK-NEXT: }) : (i32) -> i32
// CHECK-NEXT: %1 = "test.graph"() ({
// CHECK-NEXT: ^bb0:
// CHECK-NEXT: }) : () -> i32
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
func.func @reg(%x: i32) -> i32 {
  %r = "test.region"(%x) ({
  ^bb0(%a: i32):
    %0 = arith.addi %a, %a : i32
    %1 = arith.muli %a, %a : i32
    "test.term"(%0) : (i32) -> ()
  }) : (i32) -> i32
  %g = "test.graph"() ({
    %2 = arith.addi %3, %3 : i32
    %3 = arith.addi %2, %2 : i32
  }) : () -> i32
  return %x : i32
}

// -----

// A result returned by no caller goes even when the callee computes it.

// CHECK-LABEL: func.func private @multi(%arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @multi_caller(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = call @multi(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func private @multi(%x: i32) -> (i32, i32, i32) {
  %a = arith.addi %x, %x : i32
  return %a, %x, %a : i32, i32, i32
}
func.func @multi_caller(%x: i32) -> i32 {
  %0:3 = call @multi(%x) : (i32) -> (i32, i32, i32)
  return %0#1 : i32
}

// -----

// Reads and allocations keep their operands only through live results; an unused one that uses a dead
// value goes.

// CHECK-LABEL: func.func @a(%arg0: index) {
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-LABEL: func.func @b(%arg0: index) {
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-LABEL: func.func @c(%arg0: index) {
// CHECK-NEXT: %alloc = memref.alloc() : memref<4xf32>
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-LABEL: func.func @e(%arg0: index, %arg1: memref<?xf32>) {
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-LABEL: func.func @f(%arg0: index, %arg1: memref<?xf32>) -> index {
// CHECK-NEXT: %alloc = memref.alloc(%arg0) : memref<?xf32>
// CHECK-NEXT: return %arg0 : index
// CHECK-NEXT: }
func.func @a(%d: index) {
  %0 = memref.alloc(%d) : memref<?xf32>
  return
}
func.func @b(%d: index) {
  %c = arith.addi %d, %d : index
  %0 = memref.alloc(%c) : memref<?xf32>
  return
}
func.func @c(%d: index) {
  %0 = memref.alloc() : memref<4xf32>
  return
}
func.func @e(%d: index, %m: memref<?xf32>) {
  %0 = memref.load %m[%d] : memref<?xf32>
  return
}
func.func @f(%d: index, %m: memref<?xf32>) -> index {
  %0 = memref.alloc(%d) : memref<?xf32>
  return %d : index
}

// -----

// Frees, writes and unknown effects keep their operands; a read whose operands stay live stays.

// CHECK-LABEL: func.func @dealloc_only(%arg0: memref<4xf32>) {
// CHECK-NEXT: memref.dealloc %arg0 : memref<4xf32>
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-LABEL: func.func @load_dead_index(%arg0: memref<?xf32>, %arg1: index, %arg2: f32) {
// CHECK-NEXT: %0 = memref.load %arg0[%arg1] : memref<?xf32>
// CHECK-NEXT: memref.store %arg2, %arg0[%arg1] : memref<?xf32>
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-LABEL: func.func @load_mixed(%arg0: memref<?xf32>, %arg1: index, %arg2: index, %arg3: f32) {
// CHECK-NEXT: memref.store %arg3, %arg0[%arg1] : memref<?xf32>
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-LABEL: func.func @alloca_chain(%arg0: index, %arg1: f32) {
// CHECK-NEXT: %alloca = memref.alloca(%arg0) : memref<?xf32>
// CHECK-NEXT: memref.store %arg1, %alloca[%arg0] : memref<?xf32>
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-LABEL: func.func @unknown(%arg0: i32) {
// CHECK-NEXT: "test.foo"(%arg0) : (i32) -> ()
// CHECK-NEXT: %0 = "test.bar"(%arg0) : (i32) -> i32
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-LABEL: func.func @copy(%arg0: memref<4xf32>, %arg1: memref<4xf32>) {
// CHECK-NEXT: memref.copy %arg0, %arg1 : memref<4xf32> to memref<4xf32>
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @dealloc_only(%m: memref<4xf32>) {
  memref.dealloc %m : memref<4xf32>
  return
}
func.func @load_dead_index(%m: memref<?xf32>, %i: index, %v: f32) {
  %0 = memref.load %m[%i] : memref<?xf32>
  memref.store %v, %m[%i] : memref<?xf32>
  return
}
func.func @load_mixed(%m: memref<?xf32>, %i: index, %j: index, %v: f32) {
  %0 = memref.load %m[%j] : memref<?xf32>
  memref.store %v, %m[%i] : memref<?xf32>
  return
}
func.func @alloca_chain(%d: index, %f: f32) {
  %c = arith.addi %d, %d : index
  %0 = memref.alloca(%c) : memref<?xf32>
  %1 = memref.alloca(%d) : memref<?xf32>
  memref.store %f, %1[%d] : memref<?xf32>
  return
}
func.func @unknown(%x: i32) {
  "test.foo"(%x) : (i32) -> ()
  %0 = "test.bar"(%x) : (i32) -> i32
  return
}
func.func @copy(%a: memref<4xf32>, %b: memref<4xf32>) {
  memref.copy %a, %b : memref<4xf32> to memref<4xf32>
  return
}

// -----

// With canonicalize (the default), region-branch ops left are canonicalized: an unused result goes and the
// scf.if becomes a select.

// CANON-LABEL: func.func @sif(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CANON-NEXT: %0 = arith.select %arg0, %arg1, %arg2 : i32
// CANON-NEXT: return %0 : i32
// CANON-NEXT: }
func.func @sif(%c: i1, %x: i32, %y: i32) -> i32 {
  %0:2 = scf.if %c -> (i32, i32) {
    %a = arith.addi %x, %y : i32
    scf.yield %a, %x : i32, i32
  } else {
    scf.yield %y, %y : i32, i32
  }
  %1 = scf.if %c -> (i32) {
    scf.yield %x : i32
  } else {
    scf.yield %y : i32
  }
  return %0#1 : i32
}

// -----

// Canonicalization also drops loops that never run and inlines branches on constants.

// CANON-LABEL: func.func @zt(%arg0: memref<i32>, %arg1: i32) {
// CANON-NEXT: memref.store %arg1, %arg0[] : memref<i32>
// CANON-NEXT: %0 = arith.addi %arg1, %arg1 : i32
// CANON-NEXT: %1 = arith.addi %0, %arg1 : i32
// CANON-NEXT: memref.store %1, %arg0[] : memref<i32>
// CANON-NEXT: return
// CANON-NEXT: }
func.func @zt(%m: memref<i32>, %x: i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %c0 step %c1 {
    memref.store %x, %m[] : memref<i32>
  }
  %true = arith.constant true
  scf.if %true {
    memref.store %x, %m[] : memref<i32>
  }
  %y = arith.addi %x, %x : i32
  %z = arith.addi %y, %x : i32
  memref.store %z, %m[] : memref<i32>
  return
}
