// RUN: dialectic-opt %s --split-input-file --convert-scf-to-cf | FileCheck %s

// CHECK-LABEL: func.func @parallel(%arg0: index, %arg1: index, %arg2: index, %arg3: memref<?x?xf32>, %arg4: f32) {
// CHECK-NEXT: cf.br ^bb1(%arg0 : index)
// CHECK-NEXT: ^bb1(%0: index):
// CHECK-NEXT: %1 = arith.cmpi slt, %0, %arg1 : index
// CHECK-NEXT: cf.cond_br %1, ^bb2, ^bb6
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: cf.br ^bb3(%arg0 : index)
// CHECK-NEXT: ^bb3(%2: index):
// CHECK-NEXT: %3 = arith.cmpi slt, %2, %arg1 : index
// CHECK-NEXT: cf.cond_br %3, ^bb4, ^bb5
// CHECK-NEXT: ^bb4:
// CHECK-NEXT: memref.store %arg4, %arg3[%0, %2] : memref<?x?xf32>
// CHECK-NEXT: %4 = arith.addi %2, %arg2 : index
// CHECK-NEXT: cf.br ^bb3(%4 : index)
// CHECK-NEXT: ^bb5:
// CHECK-NEXT: %5 = arith.addi %0, %arg2 : index
// CHECK-NEXT: cf.br ^bb1(%5 : index)
// CHECK-NEXT: ^bb6:
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @parallel(%lb: index, %ub: index, %s: index, %m: memref<?x?xf32>, %v: f32) {
  scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%s, %s) {
    memref.store %v, %m[%i, %j] : memref<?x?xf32>
  }
  return
}

// -----

// CHECK-LABEL: func.func @parallel_reduce(%arg0: index, %arg1: index, %arg2: index, %arg3: f32, %arg4: i64) -> (f32, i64) {
// CHECK-NEXT: cf.br ^bb1(%arg0, %arg3, %arg4 : index, f32, i64)
// CHECK-NEXT: ^bb1(%0: index, %1: f32, %2: i64):
// CHECK-NEXT: %3 = arith.cmpi slt, %0, %arg1 : index
// CHECK-NEXT: cf.cond_br %3, ^bb2, ^bb6
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: cf.br ^bb3(%arg0, %1, %2 : index, f32, i64)
// CHECK-NEXT: ^bb3(%4: index, %5: f32, %6: i64):
// CHECK-NEXT: %7 = arith.cmpi slt, %4, %arg1 : index
// CHECK-NEXT: cf.cond_br %7, ^bb4, ^bb5
// CHECK-NEXT: ^bb4:
// CHECK-NEXT: %cst = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: %8 = arith.index_cast %0 : index to i64
// CHECK-NEXT: %9 = arith.addf %5, %cst : f32
// CHECK-NEXT: %10 = arith.muli %6, %8 : i64
// CHECK-NEXT: %11 = arith.addi %4, %arg2 : index
// CHECK-NEXT: cf.br ^bb3(%11, %9, %10 : index, f32, i64)
// CHECK-NEXT: ^bb5:
// CHECK-NEXT: %12 = arith.addi %0, %arg2 : index
// CHECK-NEXT: cf.br ^bb1(%12, %5, %6 : index, f32, i64)
// CHECK-NEXT: ^bb6:
// CHECK-NEXT: return %1, %2 : f32, i64
// CHECK-NEXT: }
func.func @parallel_reduce(%lb: index, %ub: index, %s: index, %init: f32, %i2: i64) -> (f32, i64) {
  %r:2 = scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%s, %s) init(%init, %i2) -> (f32, i64) {
    %c = arith.constant 1.0 : f32
    %d = arith.index_cast %i : index to i64
    scf.reduce(%c, %d : f32, i64) {
    ^bb0(%a: f32, %b: f32):
      %x = arith.addf %a, %b : f32
      scf.reduce.return %x : f32
    }, {
    ^bb0(%a: i64, %b: i64):
      %y = arith.muli %a, %b : i64
      scf.reduce.return %y : i64
    }
  }
  return %r#0, %r#1 : f32, i64
}

// -----

// CHECK-LABEL: func.func @parallel_1d_reduce(%arg0: index, %arg1: index, %arg2: index, %arg3: f32) -> f32 {
// CHECK-NEXT: cf.br ^bb1(%arg0, %arg3 : index, f32)
// CHECK-NEXT: ^bb1(%0: index, %1: f32):
// CHECK-NEXT: %2 = arith.cmpi slt, %0, %arg1 : index
// CHECK-NEXT: cf.cond_br %2, ^bb2, ^bb3
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: %cst = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: %3 = arith.addf %1, %cst : f32
// CHECK-NEXT: %4 = arith.addi %0, %arg2 : index
// CHECK-NEXT: cf.br ^bb1(%4, %3 : index, f32)
// CHECK-NEXT: ^bb3:
// CHECK-NEXT: return %1 : f32
// CHECK-NEXT: }
func.func @parallel_1d_reduce(%lb: index, %ub: index, %s: index, %init: f32) -> f32 {
  %r = scf.parallel (%i) = (%lb) to (%ub) step (%s) init(%init) -> f32 {
    %c = arith.constant 1.0 : f32
    scf.reduce(%c : f32) {
    ^bb0(%a: f32, %b: f32):
      %x = arith.addf %a, %b : f32
      scf.reduce.return %x : f32
    }
  }
  return %r : f32
}

// -----

// CHECK-LABEL: func.func @forall(%arg0: index, %arg1: memref<?x8xf32>, %arg2: f32) {
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %c0_0 = arith.constant 0 : index
// CHECK-NEXT: %c8 = arith.constant 8 : index
// CHECK-NEXT: %c1 = arith.constant 1 : index
// CHECK-NEXT: %c1_1 = arith.constant 1 : index
// CHECK-NEXT: cf.br ^bb1(%c0 : index)
// CHECK-NEXT: ^bb1(%0: index):
// CHECK-NEXT: %1 = arith.cmpi slt, %0, %arg0 : index
// CHECK-NEXT: cf.cond_br %1, ^bb2, ^bb6
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: cf.br ^bb3(%c0_0 : index)
// CHECK-NEXT: ^bb3(%2: index):
// CHECK-NEXT: %3 = arith.cmpi slt, %2, %c8 : index
// CHECK-NEXT: cf.cond_br %3, ^bb4, ^bb5
// CHECK-NEXT: ^bb4:
// CHECK-NEXT: memref.store %arg2, %arg1[%0, %2] : memref<?x8xf32>
// CHECK-NEXT: %4 = arith.addi %2, %c1_1 : index
// CHECK-NEXT: cf.br ^bb3(%4 : index)
// CHECK-NEXT: ^bb5:
// CHECK-NEXT: %5 = arith.addi %0, %c1 : index
// CHECK-NEXT: cf.br ^bb1(%5 : index)
// CHECK-NEXT: ^bb6:
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @forall(%n: index, %m: memref<?x8xf32>, %v: f32) {
  scf.forall (%i, %j) in (%n, 8) {
    memref.store %v, %m[%i, %j] : memref<?x8xf32>
  }
  return
}

// -----

// CHECK-LABEL: func.func @forall_bounds(%arg0: index, %arg1: memref<?xf32>, %arg2: f32) {
// CHECK-NEXT: %c2 = arith.constant 2 : index
// CHECK-NEXT: %c3 = arith.constant 3 : index
// CHECK-NEXT: cf.br ^bb1(%c2 : index)
// CHECK-NEXT: ^bb1(%0: index):
// CHECK-NEXT: %1 = arith.cmpi slt, %0, %arg0 : index
// CHECK-NEXT: cf.cond_br %1, ^bb2, ^bb3
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: memref.store %arg2, %arg1[%0] : memref<?xf32>
// CHECK-NEXT: %2 = arith.addi %0, %c3 : index
// CHECK-NEXT: cf.br ^bb1(%2 : index)
// CHECK-NEXT: ^bb3:
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @forall_bounds(%n: index, %m: memref<?xf32>, %v: f32) {
  scf.forall (%i) = (2) to (%n) step (3) {
    memref.store %v, %m[%i] : memref<?xf32>
  }
  return
}

// -----

// CHECK-LABEL: func.func @for_loop(%arg0: index, %arg1: index, %arg2: index, %arg3: f32) -> f32 {
// CHECK-NEXT: cf.br ^bb1(%arg0, %arg3 : index, f32)
// CHECK-NEXT: ^bb1(%0: index, %1: f32):
// CHECK-NEXT: %2 = arith.cmpi slt, %0, %arg1 : index
// CHECK-NEXT: cf.cond_br %2, ^bb2, ^bb3
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: %3 = arith.addf %1, %1 : f32
// CHECK-NEXT: %4 = arith.addi %0, %arg2 : index
// CHECK-NEXT: cf.br ^bb1(%4, %3 : index, f32)
// CHECK-NEXT: ^bb3:
// CHECK-NEXT: return %1 : f32
// CHECK-NEXT: }
func.func @for_loop(%lb: index, %ub: index, %s: index, %init: f32) -> f32 {
  %r = scf.for %i = %lb to %ub step %s iter_args(%acc = %init) -> (f32) {
    %a = arith.addf %acc, %acc : f32
    scf.yield %a : f32
  }
  return %r : f32
}

// -----

// CHECK-LABEL: func.func @for_unsigned(%arg0: i32, %arg1: i32, %arg2: i32) {
// CHECK-NEXT: cf.br ^bb1(%arg0 : i32)
// CHECK-NEXT: ^bb1(%0: i32):
// CHECK-NEXT: %1 = arith.cmpi ult, %0, %arg1 : i32
// CHECK-NEXT: cf.cond_br %1, ^bb2, ^bb3
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: %2 = arith.addi %0, %0 : i32
// CHECK-NEXT: %3 = arith.addi %0, %arg2 : i32
// CHECK-NEXT: cf.br ^bb1(%3 : i32)
// CHECK-NEXT: ^bb3:
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @for_unsigned(%lb: i32, %ub: i32, %s: i32) {
  scf.for unsigned %i = %lb to %ub step %s : i32 {
    %x = arith.addi %i, %i : i32
  }
  return
}

// -----

// CHECK-LABEL: func.func @if_yield(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT: cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: cf.br ^bb3(%arg1 : i32)
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: cf.br ^bb3(%arg2 : i32)
// CHECK-NEXT: ^bb3(%0: i32):
// CHECK-NEXT: cf.br ^bb4
// CHECK-NEXT: ^bb4:
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @if_yield(%c: i1, %a: i32, %b: i32) -> i32 {
  %r = scf.if %c -> (i32) {
    scf.yield %a : i32
  } else {
    scf.yield %b : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @if_noelse(%arg0: i1, %arg1: i32) {
// CHECK-NEXT: cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: %0 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT: cf.br ^bb2
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @if_noelse(%c: i1, %a: i32) {
  scf.if %c {
    %x = arith.addi %a, %a : i32
  }
  return
}

// -----

// CHECK-LABEL: func.func @nested(%arg0: i1, %arg1: index, %arg2: index, %arg3: index) {
// CHECK-NEXT: cf.br ^bb1(%arg1 : index)
// CHECK-NEXT: ^bb1(%0: index):
// CHECK-NEXT: %1 = arith.cmpi slt, %0, %arg2 : index
// CHECK-NEXT: cf.cond_br %1, ^bb2, ^bb5
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: cf.cond_br %arg0, ^bb3, ^bb4
// CHECK-NEXT: ^bb3:
// CHECK-NEXT: %2 = arith.addi %0, %0 : index
// CHECK-NEXT: cf.br ^bb4
// CHECK-NEXT: ^bb4:
// CHECK-NEXT: %3 = arith.addi %0, %arg3 : index
// CHECK-NEXT: cf.br ^bb1(%3 : index)
// CHECK-NEXT: ^bb5:
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @nested(%c: i1, %lb: index, %ub: index, %s: index) {
  scf.for %i = %lb to %ub step %s {
    scf.if %c {
      %x = arith.addi %i, %i : index
    }
  }
  return
}

// -----

// CHECK-LABEL: func.func @while_loop(%arg0: i32) -> i32 {
// CHECK-NEXT: cf.br ^bb1(%arg0 : i32)
// CHECK-NEXT: ^bb1(%0: i32):
// CHECK-NEXT: %1 = arith.cmpi slt, %0, %0 : i32
// CHECK-NEXT: cf.cond_br %1, ^bb2(%0 : i32), ^bb3
// CHECK-NEXT: ^bb2(%2: i32):
// CHECK-NEXT: %3 = arith.addi %2, %2 : i32
// CHECK-NEXT: cf.br ^bb1(%3 : i32)
// CHECK-NEXT: ^bb3:
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @while_loop(%a: i32) -> i32 {
  %r = scf.while (%x = %a) : (i32) -> i32 {
    %c = arith.cmpi slt, %x, %x : i32
    scf.condition(%c) %x : i32
  } do {
  ^bb0(%y: i32):
    %z = arith.addi %y, %y : i32
    scf.yield %z : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @do_while(%arg0: i32) -> i32 {
// CHECK-NEXT: cf.br ^bb1(%arg0 : i32)
// CHECK-NEXT: ^bb1(%0: i32):
// CHECK-NEXT: %1 = arith.cmpi slt, %0, %0 : i32
// CHECK-NEXT: cf.cond_br %1, ^bb1(%0 : i32), ^bb2
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @do_while(%a: i32) -> i32 {
  %r = scf.while (%x = %a) : (i32) -> i32 {
    %c = arith.cmpi slt, %x, %x : i32
    scf.condition(%c) %x : i32
  } do {
  ^bb0(%y: i32):
    scf.yield %y : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @exec(%arg0: i32, %arg1: i1) -> i32 {
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: cf.cond_br %arg1, ^bb2, ^bb3
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: cf.br ^bb4(%arg0 : i32)
// CHECK-NEXT: ^bb3:
// CHECK-NEXT: %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: cf.br ^bb4(%0 : i32)
// CHECK-NEXT: ^bb4(%1: i32):
// CHECK-NEXT: return %1 : i32
// CHECK-NEXT: }
func.func @exec(%a: i32, %c: i1) -> i32 {
  %r = scf.execute_region -> i32 {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    scf.yield %a : i32
  ^bb2:
    %b = arith.addi %a, %a : i32
    scf.yield %b : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @switch(%arg0: index, %arg1: i32) -> i32 {
// CHECK-NEXT: %0 = arith.index_cast %arg0 : index to i32
// CHECK-NEXT: cf.switch %0 : i32, [
// CHECK-NEXT:   default: ^bb3,
// CHECK-NEXT:   2: ^bb1,
// CHECK-NEXT:   5: ^bb2
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: cf.br ^bb4(%arg1 : i32)
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: %1 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT: cf.br ^bb4(%1 : i32)
// CHECK-NEXT: ^bb3:
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: cf.br ^bb4(%c0_i32 : i32)
// CHECK-NEXT: ^bb4(%2: i32):
// CHECK-NEXT: return %2 : i32
// CHECK-NEXT: }
func.func @switch(%i: index, %a: i32) -> i32 {
  %r = scf.index_switch %i -> i32
  case 2 {
    scf.yield %a : i32
  }
  case 5 {
    %b = arith.addi %a, %a : i32
    scf.yield %b : i32
  }
  default {
    %c = arith.constant 0 : i32
    scf.yield %c : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @if_multi(%arg0: i1, %arg1: i32, %arg2: f32) -> (i32, f32) {
// CHECK-NEXT: cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: %0 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT: cf.br ^bb3(%0, %arg2 : i32, f32)
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: cf.br ^bb3(%arg1, %arg2 : i32, f32)
// CHECK-NEXT: ^bb3(%1: i32, %2: f32):
// CHECK-NEXT: cf.br ^bb4
// CHECK-NEXT: ^bb4:
// CHECK-NEXT: return %1, %2 : i32, f32
// CHECK-NEXT: }
func.func @if_multi(%c: i1, %a: i32, %b: f32) -> (i32, f32) {
  %r:2 = scf.if %c -> (i32, f32) {
    %x = arith.addi %a, %a : i32
    scf.yield %x, %b : i32, f32
  } else {
    scf.yield %a, %b : i32, f32
  }
  return %r#0, %r#1 : i32, f32
}

// -----

// CHECK-LABEL: func.func @nested_loops(%arg0: index, %arg1: i64) -> i64 {
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %c1 = arith.constant 1 : index
// CHECK-NEXT: cf.br ^bb1(%c0, %arg1 : index, i64)
// CHECK-NEXT: ^bb1(%0: index, %1: i64):
// CHECK-NEXT: %2 = arith.cmpi slt, %0, %arg0 : index
// CHECK-NEXT: cf.cond_br %2, ^bb2, ^bb6
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: cf.br ^bb3(%c0, %1 : index, i64)
// CHECK-NEXT: ^bb3(%3: index, %4: i64):
// CHECK-NEXT: %5 = arith.cmpi slt, %3, %0 : index
// CHECK-NEXT: cf.cond_br %5, ^bb4, ^bb5
// CHECK-NEXT: ^bb4:
// CHECK-NEXT: %6 = arith.addi %4, %4 : i64
// CHECK-NEXT: %7 = arith.addi %3, %c1 : index
// CHECK-NEXT: cf.br ^bb3(%7, %6 : index, i64)
// CHECK-NEXT: ^bb5:
// CHECK-NEXT: %8 = arith.addi %0, %c1 : index
// CHECK-NEXT: cf.br ^bb1(%8, %4 : index, i64)
// CHECK-NEXT: ^bb6:
// CHECK-NEXT: return %1 : i64
// CHECK-NEXT: }
func.func @nested_loops(%n: index, %init: i64) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (i64) {
    %s = scf.for %j = %c0 to %i step %c1 iter_args(%acc2 = %acc) -> (i64) {
      %t = arith.addi %acc2, %acc2 : i64
      scf.yield %t : i64
    }
    scf.yield %s : i64
  }
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @while_in_if(%arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT: cf.cond_br %arg0, ^bb1, ^bb5
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: cf.br ^bb2(%arg1, %arg1 : i32, i32)
// CHECK-NEXT: ^bb2(%0: i32, %1: i32):
// CHECK-NEXT: %2 = arith.cmpi slt, %0, %1 : i32
// CHECK-NEXT: cf.cond_br %2, ^bb3(%1, %0 : i32, i32), ^bb4
// CHECK-NEXT: ^bb3(%3: i32, %4: i32):
// CHECK-NEXT: %5 = arith.addi %3, %4 : i32
// CHECK-NEXT: cf.br ^bb2(%5, %4 : i32, i32)
// CHECK-NEXT: ^bb4:
// CHECK-NEXT: cf.br ^bb6(%0 : i32)
// CHECK-NEXT: ^bb5:
// CHECK-NEXT: cf.br ^bb6(%arg1 : i32)
// CHECK-NEXT: ^bb6(%6: i32):
// CHECK-NEXT: cf.br ^bb7
// CHECK-NEXT: ^bb7:
// CHECK-NEXT: return %6 : i32
// CHECK-NEXT: }
func.func @while_in_if(%c: i1, %a: i32) -> i32 {
  %r = scf.if %c -> (i32) {
    %w:2 = scf.while (%x = %a, %y = %a) : (i32, i32) -> (i32, i32) {
      %k = arith.cmpi slt, %x, %y : i32
      scf.condition(%k) %y, %x : i32, i32
    } do {
    ^bb0(%p: i32, %q: i32):
      %z = arith.addi %p, %q : i32
      scf.yield %z, %q : i32, i32
    }
    scf.yield %w#1 : i32
  } else {
    scf.yield %a : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @switch_no_results(%arg0: index, %arg1: memref<i32>, %arg2: i32) {
// CHECK-NEXT: %0 = arith.index_cast %arg0 : index to i32
// CHECK-NEXT: cf.switch %0 : i32, [
// CHECK-NEXT:   default: ^bb2,
// CHECK-NEXT:   0: ^bb1
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: memref.store %arg2, %arg1[] : memref<i32>
// CHECK-NEXT: cf.br ^bb3
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: cf.br ^bb3
// CHECK-NEXT: ^bb3:
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @switch_no_results(%i: index, %m: memref<i32>, %v: i32) {
  scf.index_switch %i
  case 0 {
    memref.store %v, %m[] : memref<i32>
    scf.yield
  }
  default {
  }
  return
}

// -----

// CHECK-LABEL: func.func @switch_default_only(%arg0: index, %arg1: i32) -> i32 {
// CHECK-NEXT: %0 = arith.index_cast %arg0 : index to i32
// CHECK-NEXT: cf.switch %0 : i32, [
// CHECK-NEXT:   default: ^bb1]
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: cf.br ^bb2(%arg1 : i32)
// CHECK-NEXT: ^bb2(%1: i32):
// CHECK-NEXT: return %1 : i32
// CHECK-NEXT: }
func.func @switch_default_only(%i: index, %a: i32) -> i32 {
  %r = scf.index_switch %i -> i32
  default {
    scf.yield %a : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @exec_no_results(%arg0: memref<i32>, %arg1: i32) {
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: memref.store %arg1, %arg0[] : memref<i32>
// CHECK-NEXT: cf.br ^bb2
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @exec_no_results(%m: memref<i32>, %v: i32) {
  scf.execute_region {
    memref.store %v, %m[] : memref<i32>
    scf.yield
  }
  return
}

// -----

// CHECK-LABEL: func.func @if_in_for_in_while(%arg0: i32, %arg1: index) -> i32 {
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %c1 = arith.constant 1 : index
// CHECK-NEXT: cf.br ^bb1(%arg0 : i32)
// CHECK-NEXT: ^bb1(%0: i32):
// CHECK-NEXT: %1 = arith.cmpi sgt, %0, %arg0 : i32
// CHECK-NEXT: cf.cond_br %1, ^bb2(%0 : i32), ^bb10
// CHECK-NEXT: ^bb2(%2: i32):
// CHECK-NEXT: cf.br ^bb3(%c0, %2 : index, i32)
// CHECK-NEXT: ^bb3(%3: index, %4: i32):
// CHECK-NEXT: %5 = arith.cmpi slt, %3, %arg1 : index
// CHECK-NEXT: cf.cond_br %5, ^bb4, ^bb9
// CHECK-NEXT: ^bb4:
// CHECK-NEXT: %6 = arith.index_cast %3 : index to i32
// CHECK-NEXT: %7 = arith.cmpi eq, %6, %4 : i32
// CHECK-NEXT: cf.cond_br %7, ^bb5, ^bb6
// CHECK-NEXT: ^bb5:
// CHECK-NEXT: cf.br ^bb7(%4 : i32)
// CHECK-NEXT: ^bb6:
// CHECK-NEXT: %8 = arith.subi %4, %6 : i32
// CHECK-NEXT: cf.br ^bb7(%8 : i32)
// CHECK-NEXT: ^bb7(%9: i32):
// CHECK-NEXT: cf.br ^bb8
// CHECK-NEXT: ^bb8:
// CHECK-NEXT: %10 = arith.addi %3, %c1 : index
// CHECK-NEXT: cf.br ^bb3(%10, %9 : index, i32)
// CHECK-NEXT: ^bb9:
// CHECK-NEXT: cf.br ^bb1(%4 : i32)
// CHECK-NEXT: ^bb10:
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @if_in_for_in_while(%a: i32, %n: index) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.while (%x = %a) : (i32) -> i32 {
    %k = arith.cmpi sgt, %x, %a : i32
    scf.condition(%k) %x : i32
  } do {
  ^bb0(%p: i32):
    %s = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %p) -> (i32) {
      %ic = arith.index_cast %i : index to i32
      %k2 = arith.cmpi eq, %ic, %acc : i32
      %t = scf.if %k2 -> (i32) {
        scf.yield %acc : i32
      } else {
        %u = arith.subi %acc, %ic : i32
        scf.yield %u : i32
      }
      scf.yield %t : i32
    }
    scf.yield %s : i32
  }
  return %r : i32
}
