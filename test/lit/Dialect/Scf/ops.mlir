// RUN: dialectic-opt --allow-unregistered-dialect %s | dialectic-opt --allow-unregistered-dialect | FileCheck %s
// RUN: dialectic-opt --allow-unregistered-dialect %s --mlir-print-op-generic | dialectic-opt --allow-unregistered-dialect | FileCheck %s
// RUN: dialectic-opt --allow-unregistered-dialect %s | FileCheck %s --check-prefix=STRICT --strict-whitespace --match-full-lines

// Round trip of the scf dialect (custom -> custom, custom -> generic -> custom); the CHECK lines are
// mlir-opt-22's output. Implicit terminators are left out where mlir-opt leaves them out (scf.for and scf.if
// without results, an empty default region of scf.index_switch), an else region without blocks is not printed,
// and scf.forall prints `in (...)` when its lower bounds are 0 and its steps 1. The STRICT lines pin mlir-opt's
// spacing quirks: two spaces before the type of a non-index scf.for, a space after scf.index_switch's operand
// (or result types) and after an empty scf.reduce.
// STRICT:    scf.for unsigned %arg4 = %arg0 to %arg1 step %arg2  : i8 {
// STRICT:    %0 = scf.index_switch %arg0 -> i32 {{$}}
// STRICT-NEXT:    case 2 {
// STRICT:    scf.index_switch %arg0 {tag} {{$}}
// STRICT-NEXT:    default {
// STRICT:      scf.reduce {{$}}

// CHECK-LABEL: func.func @for_index(%arg0: index, %arg1: index, %arg2: index) {
// CHECK-NEXT:    scf.for %arg3 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT:      "test.use"(%arg3) : (index) -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @for_index(%lb: index, %ub: index, %step: index) {
  scf.for %i = %lb to %ub step %step {
    "test.use"(%i) : (index) -> ()
  }
  return
}

// CHECK-LABEL: func.func @for_iter_args(%arg0: index, %arg1: index, %arg2: index, %arg3: f32, %arg4: i64) -> (f32, i64) {
// CHECK-NEXT:    %0:2 = scf.for %arg5 = %arg0 to %arg1 step %arg2 iter_args(%arg6 = %arg3, %arg7 = %arg4) -> (f32, i64) {
// CHECK-NEXT:      %1 = "test.next"(%arg6) : (f32) -> f32
// CHECK-NEXT:      scf.yield %1, %arg7 : f32, i64
// CHECK-NEXT:    }
// CHECK-NEXT:    return %0#0, %0#1 : f32, i64
// CHECK-NEXT:  }
func.func @for_iter_args(%lb: index, %ub: index, %step: index, %x: f32, %y: i64) -> (f32, i64) {
  %r:2 = scf.for %i = %lb to %ub step %step iter_args(%a = %x, %b = %y) -> (f32, i64) {
    %n = "test.next"(%a) : (f32) -> f32
    scf.yield %n, %b : f32, i64
  }
  return %r#0, %r#1 : f32, i64
}

// CHECK-LABEL: func.func @for_integer(%arg0: i32, %arg1: i32, %arg2: i32, %arg3: f32) -> f32 {
// CHECK-NEXT:    scf.for %arg4 = %arg0 to %arg1 step %arg2  : i32 {
// CHECK-NEXT:    }
// CHECK-NEXT:    %0 = scf.for %arg4 = %arg0 to %arg1 step %arg2 iter_args(%arg5 = %arg3) -> (f32)  : i32 {
// CHECK-NEXT:      scf.yield %arg5 : f32
// CHECK-NEXT:    } {tag = "t"}
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @for_integer(%lb: i32, %ub: i32, %step: i32, %x: f32) -> f32 {
  scf.for %i = %lb to %ub step %step : i32 {
  }
  %r = scf.for %i = %lb to %ub step %step iter_args(%a = %x) -> (f32) : i32 {
    scf.yield %a : f32
  } {tag = "t"}
  return %r : f32
}

// CHECK-LABEL: func.func @for_unsigned(%arg0: i8, %arg1: i8, %arg2: i8, %arg3: index) {
// CHECK-NEXT:    scf.for unsigned %arg4 = %arg0 to %arg1 step %arg2  : i8 {
// CHECK-NEXT:      "test.use"(%arg4) : (i8) -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.for unsigned %arg4 = %arg3 to %arg3 step %arg3 {
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @for_unsigned(%lb: i8, %ub: i8, %step: i8, %n: index) {
  scf.for unsigned %i = %lb to %ub step %step : i8 {
    "test.use"(%i) : (i8) -> ()
  }
  scf.for unsigned %i = %n to %n step %n {
  }
  return
}

// CHECK-LABEL: func.func @for_nested(%arg0: index, %arg1: tensor<4xf32>) -> tensor<4xf32> {
// CHECK-NEXT:    %0 = scf.for %arg2 = %arg0 to %arg0 step %arg0 iter_args(%arg3 = %arg1) -> (tensor<4xf32>) {
// CHECK-NEXT:      %1 = scf.for %arg4 = %arg2 to %arg0 step %arg0 iter_args(%arg5 = %arg3) -> (tensor<4xf32>) {
// CHECK-NEXT:        scf.yield %arg5 : tensor<4xf32>
// CHECK-NEXT:      }
// CHECK-NEXT:      scf.yield %1 : tensor<4xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:    return %0 : tensor<4xf32>
// CHECK-NEXT:  }
func.func @for_nested(%n: index, %t: tensor<4xf32>) -> tensor<4xf32> {
  %r = scf.for %i = %n to %n step %n iter_args(%a = %t) -> (tensor<4xf32>) {
    %s = scf.for %j = %i to %n step %n iter_args(%b = %a) -> (tensor<4xf32>) {
      scf.yield %b : tensor<4xf32>
    }
    scf.yield %s : tensor<4xf32>
  }
  return %r : tensor<4xf32>
}

// CHECK-LABEL: func.func @for_generic(%arg0: index) {
// CHECK-NEXT:    scf.for %arg1 = %arg0 to %arg0 step %arg0 {
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @for_generic(%n: index) {
  "scf.for"(%n, %n, %n) ({
  ^bb0(%i: index):
    "scf.yield"() : () -> ()
  }) : (index, index, index) -> ()
  return
}

// CHECK-LABEL: func.func @forall_normalized(%arg0: index, %arg1: tensor<4xf32>) -> tensor<4xf32> {
// CHECK-NEXT:    scf.forall (%arg2, %arg3) in (4, %arg0) {
// CHECK-NEXT:      "test.use"(%arg2, %arg3) : (index, index) -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    %0 = scf.forall (%arg2) in (%arg0) shared_outs(%arg3 = %arg1) -> (tensor<4xf32>) {
// CHECK-NEXT:      scf.forall.in_parallel {
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    return %0 : tensor<4xf32>
// CHECK-NEXT:  }
func.func @forall_normalized(%ub: index, %t: tensor<4xf32>) -> tensor<4xf32> {
  scf.forall (%i, %j) in (4, %ub) {
    "test.use"(%i, %j) : (index, index) -> ()
  }
  %r = scf.forall (%i) in (%ub) shared_outs(%o = %t) -> (tensor<4xf32>) {
    scf.forall.in_parallel {
    }
  }
  return %r : tensor<4xf32>
}

// CHECK-LABEL: func.func @forall_bounds(%arg0: index, %arg1: index, %arg2: index, %arg3: tensor<4xf32>, %arg4: tensor<?xi8>) {
// CHECK-NEXT:    scf.forall (%arg5, %arg6) = (%arg0, 0) to (%arg1, 8) step (1, %arg2) {
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.forall (%arg5) in (10) {
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.forall (%arg5) = (2) to (%arg1) step (3) {
// CHECK-NEXT:    } {mapping = [#gpu.thread<x>]}
// CHECK-NEXT:    %0:2 = scf.forall (%arg5) = (%arg0) to (%arg1) step (%arg2) shared_outs(%arg6 = %arg3, %arg7 = %arg4) -> (tensor<4xf32>, tensor<?xi8>) {
// CHECK-NEXT:      "test.use"(%arg6, %arg7) : (tensor<4xf32>, tensor<?xi8>) -> ()
// CHECK-NEXT:      scf.forall.in_parallel {
// CHECK-NEXT:      }
// CHECK-NEXT:    } {tag}
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @forall_bounds(%lb: index, %ub: index, %s: index, %t: tensor<4xf32>, %u: tensor<?xi8>) {
  scf.forall (%i, %j) = (%lb, 0) to (%ub, 8) step (1, %s) {
  }
  scf.forall (%i) = (0) to (10) step (1) {
  }
  scf.forall (%i) = (2) to (%ub) step (3) {
  } {mapping = [#gpu.thread<x>]}
  %r:2 = scf.forall (%i) = (%lb) to (%ub) step (%s) shared_outs(%o = %t, %p = %u) -> (tensor<4xf32>, tensor<?xi8>) {
    "test.use"(%o, %p) : (tensor<4xf32>, tensor<?xi8>) -> ()
    scf.forall.in_parallel {
    }
  } {tag}
  return
}

// CHECK-LABEL: func.func @if_then(%arg0: i1) {
// CHECK-NEXT:    scf.if %arg0 {
// CHECK-NEXT:      "test.then"() : () -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @if_then(%c: i1) {
  scf.if %c {
    "test.then"() : () -> ()
  }
  return
}

// CHECK-LABEL: func.func @if_else(%arg0: i1) {
// CHECK-NEXT:    scf.if %arg0 {
// CHECK-NEXT:      "test.then"() : () -> ()
// CHECK-NEXT:    } else {
// CHECK-NEXT:      "test.else"() : () -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.if %arg0 {
// CHECK-NEXT:    } else {
// CHECK-NEXT:    } {tag}
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @if_else(%c: i1) {
  scf.if %c {
    "test.then"() : () -> ()
  } else {
    "test.else"() : () -> ()
  }
  scf.if %c {
  } else {
  } {tag}
  return
}

// CHECK-LABEL: func.func @if_results(%arg0: i1, %arg1: f32, %arg2: i32) -> (f32, i32) {
// CHECK-NEXT:    %0 = scf.if %arg0 -> (f32) {
// CHECK-NEXT:      scf.yield %arg1 : f32
// CHECK-NEXT:    } else {
// CHECK-NEXT:      scf.yield %arg1 : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    %1:2 = scf.if %arg0 -> (f32, i32) {
// CHECK-NEXT:      scf.yield %0, %arg2 : f32, i32
// CHECK-NEXT:    } else {
// CHECK-NEXT:      %2 = "test.z"() : () -> i32
// CHECK-NEXT:      scf.yield %arg1, %2 : f32, i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %1#0, %1#1 : f32, i32
// CHECK-NEXT:  }
func.func @if_results(%c: i1, %x: f32, %y: i32) -> (f32, i32) {
  %a = scf.if %c -> f32 {
    scf.yield %x : f32
  } else {
    scf.yield %x : f32
  }
  %r:2 = scf.if %c -> (f32, i32) {
    scf.yield %a, %y : f32, i32
  } else {
    %z = "test.z"() : () -> i32
    scf.yield %x, %z : f32, i32
  }
  return %r#0, %r#1 : f32, i32
}

// CHECK-LABEL: func.func @if_generic(%arg0: i1) {
// CHECK-NEXT:    scf.if %arg0 {
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @if_generic(%c: i1) {
  "scf.if"(%c) ({
    "scf.yield"() : () -> ()
  }, {
  }) : (i1) -> ()
  return
}

// CHECK-LABEL: func.func @index_switch_results(%arg0: index, %arg1: i32) -> i32 {
// CHECK-NEXT:    %0 = scf.index_switch %arg0 -> i32 
// CHECK-NEXT:    case 2 {
// CHECK-NEXT:      %1 = "test.a"() : () -> i32
// CHECK-NEXT:      scf.yield %1 : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    case -5 {
// CHECK-NEXT:      scf.yield %arg1 : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    default {
// CHECK-NEXT:      scf.yield %arg1 : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %0 : i32
// CHECK-NEXT:  }
func.func @index_switch_results(%i: index, %x: i32) -> i32 {
  %r = scf.index_switch %i -> i32
  case 2 {
    %a = "test.a"() : () -> i32
    scf.yield %a : i32
  }
  case -5 {
    scf.yield %x : i32
  }
  default {
    scf.yield %x : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @index_switch_no_results(%arg0: index) {
// CHECK-NEXT:    scf.index_switch %arg0 
// CHECK-NEXT:    case 1 {
// CHECK-NEXT:      "test.one"() : () -> ()
// CHECK-NEXT:      scf.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    default {
// CHECK-NEXT:      "test.default"() : () -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.index_switch %arg0 {tag} 
// CHECK-NEXT:    default {
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @index_switch_no_results(%i: index) {
  scf.index_switch %i
  case 1 {
    "test.one"() : () -> ()
    scf.yield
  }
  default {
    "test.default"() : () -> ()
  }
  scf.index_switch %i {tag}
  default {
  }
  return
}

// CHECK-LABEL: func.func @index_switch_two_results(%arg0: index, %arg1: i32, %arg2: f32) {
// CHECK-NEXT:    %0:2 = scf.index_switch %arg0 -> i32, f32 
// CHECK-NEXT:    default {
// CHECK-NEXT:      scf.yield %arg1, %arg2 : i32, f32
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @index_switch_two_results(%i: index, %x: i32, %y: f32) {
  %r:2 = scf.index_switch %i -> i32, f32
  default {
    scf.yield %x, %y : i32, f32
  }
  return
}

// CHECK-LABEL: func.func @while_loop(%arg0: f32, %arg1: i1) -> f32 {
// CHECK-NEXT:    %0 = scf.while (%arg2 = %arg0) : (f32) -> f32 {
// CHECK-NEXT:      %1 = "test.cond"(%arg2) : (f32) -> i1
// CHECK-NEXT:      scf.condition(%1) %arg2 : f32
// CHECK-NEXT:    } do {
// CHECK-NEXT:    ^bb0(%arg2: f32):
// CHECK-NEXT:      %1 = "test.next"(%arg2) : (f32) -> f32
// CHECK-NEXT:      scf.yield %1 : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @while_loop(%init: f32, %c: i1) -> f32 {
  %r = scf.while (%a = %init) : (f32) -> f32 {
    %cond = "test.cond"(%a) : (f32) -> i1
    scf.condition(%cond) %a : f32
  } do {
  ^bb0(%b: f32):
    %n = "test.next"(%b) : (f32) -> f32
    scf.yield %n : f32
  }
  return %r : f32
}

// CHECK-LABEL: func.func @while_shapes(%arg0: f32, %arg1: i64, %arg2: i1) {
// CHECK-NEXT:    %0:2 = scf.while (%arg3 = %arg0, %arg4 = %arg1) : (f32, i64) -> (i64, f32) {
// CHECK-NEXT:      scf.condition(%arg2) %arg4, %arg3 : i64, f32
// CHECK-NEXT:    } do {
// CHECK-NEXT:    ^bb0(%arg3: i64, %arg4: f32):
// CHECK-NEXT:      scf.yield %arg4, %arg3 : f32, i64
// CHECK-NEXT:    } attributes {tag}
// CHECK-NEXT:    scf.while : () -> () {
// CHECK-NEXT:      scf.condition(%arg2)
// CHECK-NEXT:    } do {
// CHECK-NEXT:      scf.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @while_shapes(%x: f32, %y: i64, %c: i1) {
  %r:2 = scf.while (%a = %x, %b = %y) : (f32, i64) -> (i64, f32) {
    scf.condition(%c) %b, %a : i64, f32
  } do {
  ^bb0(%p: i64, %q: f32):
    scf.yield %q, %p : f32, i64
  } attributes {tag}
  scf.while : () -> () {
    scf.condition(%c)
  } do {
    scf.yield
  }
  return
}

// CHECK-LABEL: func.func @parallel_plain(%arg0: index, %arg1: index, %arg2: index) {
// CHECK-NEXT:    scf.parallel (%arg3, %arg4) = (%arg0, %arg0) to (%arg1, %arg1) step (%arg2, %arg2) {
// CHECK-NEXT:      "test.use"(%arg3, %arg4) : (index, index) -> ()
// CHECK-NEXT:      scf.reduce 
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.parallel (%arg3) = (%arg0) to (%arg1) step (%arg2) {
// CHECK-NEXT:      scf.reduce 
// CHECK-NEXT:    } {tag}
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @parallel_plain(%lb: index, %ub: index, %s: index) {
  scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%s, %s) {
    "test.use"(%i, %j) : (index, index) -> ()
  }
  scf.parallel (%i) = (%lb) to (%ub) step (%s) {
    scf.reduce
  } {tag}
  return
}

// CHECK-LABEL: func.func @parallel_reduce(%arg0: index, %arg1: index, %arg2: index, %arg3: f32, %arg4: i32) -> (f32, i32) {
// CHECK-NEXT:    %0:2 = scf.parallel (%arg5) = (%arg0) to (%arg1) step (%arg2) init (%arg3, %arg4) -> (f32, i32) {
// CHECK-NEXT:      %2 = "test.value"(%arg5) : (index) -> f32
// CHECK-NEXT:      scf.reduce(%2, %arg4 : f32, i32) {
// CHECK-NEXT:      ^bb0(%arg6: f32, %arg7: f32):
// CHECK-NEXT:        %3 = "test.add"(%arg6, %arg7) : (f32, f32) -> f32
// CHECK-NEXT:        scf.reduce.return %3 : f32
// CHECK-NEXT:      }, {
// CHECK-NEXT:      ^bb0(%arg6: i32, %arg7: i32):
// CHECK-NEXT:        scf.reduce.return %arg6 : i32
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    %1 = scf.parallel (%arg5) = (%arg0) to (%arg1) step (%arg2) init (%arg3) -> f32 {
// CHECK-NEXT:      scf.reduce(%arg3 : f32) {
// CHECK-NEXT:      ^bb0(%arg6: f32, %arg7: f32):
// CHECK-NEXT:        scf.reduce.return %arg7 : f32
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    return %0#0, %0#1 : f32, i32
// CHECK-NEXT:  }
func.func @parallel_reduce(%lb: index, %ub: index, %s: index, %x: f32, %y: i32) -> (f32, i32) {
  %r:2 = scf.parallel (%i) = (%lb) to (%ub) step (%s) init (%x, %y) -> (f32, i32) {
    %v = "test.value"(%i) : (index) -> f32
    scf.reduce(%v, %y : f32, i32) {
    ^bb0(%a: f32, %b: f32):
      %sum = "test.add"(%a, %b) : (f32, f32) -> f32
      scf.reduce.return %sum : f32
    }, {
    ^bb0(%a: i32, %b: i32):
      scf.reduce.return %a : i32
    }
  }
  %q = scf.parallel (%i) = (%lb) to (%ub) step (%s) init (%x) -> f32 {
    scf.reduce(%x : f32) {
    ^bb0(%a: f32, %b: f32):
      scf.reduce.return %b : f32
    }
  }
  return %r#0, %r#1 : f32, i32
}

// CHECK-LABEL: func.func @execute_region_results(%arg0: i32) -> (i32, f32) {
// CHECK-NEXT:    %0:2 = scf.execute_region -> (i32, f32) {
// CHECK-NEXT:      %2 = "test.y"() : () -> f32
// CHECK-NEXT:      scf.yield %arg0, %2 : i32, f32
// CHECK-NEXT:    }
// CHECK-NEXT:    %1 = scf.execute_region -> i32 no_inline {
// CHECK-NEXT:      scf.yield %arg0 : i32
// CHECK-NEXT:    } {tag}
// CHECK-NEXT:    return %1, %0#1 : i32, f32
// CHECK-NEXT:  }
func.func @execute_region_results(%x: i32) -> (i32, f32) {
  %r:2 = scf.execute_region -> (i32, f32) {
    %y = "test.y"() : () -> f32
    scf.yield %x, %y : i32, f32
  }
  %s = scf.execute_region -> i32 no_inline {
    scf.yield %x : i32
  } {tag}
  return %s, %r#1 : i32, f32
}

// CHECK-LABEL: func.func @execute_region_blocks(%arg0: i1, %arg1: i64, %arg2: i64) -> i64 {
// CHECK-NEXT:    %0 = scf.execute_region -> i64 {
// CHECK-NEXT:      cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT:    ^bb1:  // pred: ^bb0
// CHECK-NEXT:      cf.br ^bb3(%arg1 : i64)
// CHECK-NEXT:    ^bb2:  // pred: ^bb0
// CHECK-NEXT:      cf.br ^bb3(%arg2 : i64)
// CHECK-NEXT:    ^bb3(%1: i64):  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT:      scf.yield %1 : i64
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.execute_region {
// CHECK-NEXT:      "test.op"() : () -> ()
// CHECK-NEXT:      scf.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    return %0 : i64
// CHECK-NEXT:  }
func.func @execute_region_blocks(%c: i1, %x: i64, %y: i64) -> i64 {
  %r = scf.execute_region -> i64 {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    cf.br ^bb3(%x : i64)
  ^bb2:
    cf.br ^bb3(%y : i64)
  ^bb3(%z: i64):
    scf.yield %z : i64
  }
  scf.execute_region {
    "test.op"() : () -> ()
    scf.yield
  }
  return %r : i64
}

// CHECK-LABEL: func.func @yield_with_attrs(%arg0: i1) {
// CHECK-NEXT:    scf.if %arg0 {
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @yield_with_attrs(%c: i1) {
  scf.if %c {
    scf.yield {tag}
  }
  return
}
