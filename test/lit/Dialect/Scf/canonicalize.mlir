// RUN: dialectic-opt %s --canonicalize --split-input-file --allow-unregistered-dialect | FileCheck %s

// CHECK-LABEL: func.func @if_unused_result(
// CHECK-SAME: %arg0: i1, %arg1: i32, %arg2: f32) -> f32 {
// CHECK-NEXT: scf.if %arg0 {
// CHECK-NEXT: "test.then"() : () -> ()
// CHECK-NEXT: } else {
// CHECK-NEXT: "test.else"() : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: return %arg2 : f32
// CHECK-NEXT: }
func.func @if_unused_result(%c : i1, %a : i32, %b : f32) -> f32 {
  %r:2 = scf.if %c -> (i32, f32) {
    "test.then"() : () -> ()
    scf.yield %a, %b : i32, f32
  } else {
    "test.else"() : () -> ()
    scf.yield %a, %b : i32, f32
  }
  return %r#1 : f32
}

// -----

// CHECK-LABEL: func.func @if_static_true(
// CHECK-SAME: %arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT: "test.then"() : () -> ()
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
func.func @if_static_true(%a : i32, %b : i32) -> i32 {
  %t = arith.constant true
  %r = scf.if %t -> (i32) {
    "test.then"() : () -> ()
    scf.yield %a : i32
  } else {
    scf.yield %b : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @if_static_false_no_else(
// CHECK-SAME: ) {
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @if_static_false_no_else() {
  %f = arith.constant false
  scf.if %f {
    "test.then"() : () -> ()
  }
  return
}

// -----

// CHECK-LABEL: func.func @if_static_false(
// CHECK-SAME: %arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT: "test.else"() : () -> ()
// CHECK-NEXT: return %arg1 : i32
// CHECK-NEXT: }
func.func @if_static_false(%a : i32, %b : i32) -> i32 {
  %f = arith.constant false
  %r = scf.if %f -> (i32) {
    scf.yield %a : i32
  } else {
    "test.else"() : () -> ()
    scf.yield %b : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @if_to_select(
// CHECK-SAME: %arg0: i1, %arg1: i32, %arg2: i32) -> (i32, i32) {
// CHECK-NEXT: %0 = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT: return %0, %arg1 : i32, i32
// CHECK-NEXT: }
func.func @if_to_select(%c : i1, %a : i32, %b : i32) -> (i32, i32) {
  %r:2 = scf.if %c -> (i32, i32) {
    scf.yield %a, %a : i32, i32
  } else {
    scf.yield %b, %a : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}

// -----

// CHECK-LABEL: func.func @if_partial_select(
// CHECK-SAME: %arg0: i1, %arg1: i32, %arg2: i32) -> (i32, i32) {
// CHECK-NEXT: %0 = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT: %1 = scf.if %arg0 -> (i32) {
// CHECK-NEXT: %2 = "test.make"() : () -> i32
// CHECK-NEXT: scf.yield %2 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %arg2 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %1, %0 : i32, i32
// CHECK-NEXT: }
func.func @if_partial_select(%c : i1, %a : i32, %b : i32) -> (i32, i32) {
  %r:2 = scf.if %c -> (i32, i32) {
    %x = "test.make"() : () -> i32
    scf.yield %x, %a : i32, i32
  } else {
    scf.yield %b, %b : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}

// -----

// CHECK-LABEL: func.func @if_condition_propagation(
// CHECK-SAME: %arg0: i1) {
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: scf.if %arg0 {
// CHECK-NEXT: "test.use"(%true) : (i1) -> ()
// CHECK-NEXT: } else {
// CHECK-NEXT: "test.use"(%false) : (i1) -> ()
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @if_condition_propagation(%c : i1) {
  scf.if %c {
    "test.use"(%c) : (i1) -> ()
  } else {
    "test.use"(%c) : (i1) -> ()
  }
  return
}

// -----

// CHECK-LABEL: func.func @if_yield_condition(
// CHECK-SAME: %arg0: i1) -> (i1, i1, i1) {
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %0 = arith.xori %arg0, %true : i1
// CHECK-NEXT: scf.if %arg0 {
// CHECK-NEXT: "test.op"() : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: return %arg0, %0, %true : i1, i1, i1
// CHECK-NEXT: }
func.func @if_yield_condition(%c : i1) -> (i1, i1, i1) {
  %true = arith.constant true
  %false = arith.constant false
  %r:3 = scf.if %c -> (i1, i1, i1) {
    "test.op"() : () -> ()
    scf.yield %true, %false, %true : i1, i1, i1
  } else {
    scf.yield %false, %true, %true : i1, i1, i1
  }
  return %r#0, %r#1, %r#2 : i1, i1, i1
}

// -----

// CHECK-LABEL: func.func @combine_ifs(
// CHECK-SAME: %arg0: i1, %arg1: i32) -> (i32, i32) {
// CHECK-NEXT: %0 = scf.if %arg0 -> (i32) {
// CHECK-NEXT: "test.a"() : () -> ()
// CHECK-NEXT: %1 = "test.c"(%arg1) : (i32) -> i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: "test.b"() : () -> ()
// CHECK-NEXT: %1 = "test.d"() : () -> i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %arg1, %0 : i32, i32
// CHECK-NEXT: }
func.func @combine_ifs(%c : i1, %a : i32) -> (i32, i32) {
  %r = scf.if %c -> (i32) {
    "test.a"() : () -> ()
    scf.yield %a : i32
  } else {
    "test.b"() : () -> ()
    scf.yield %a : i32
  }
  %s = scf.if %c -> (i32) {
    %x = "test.c"(%r) : (i32) -> i32
    scf.yield %x : i32
  } else {
    %y = "test.d"() : () -> i32
    scf.yield %y : i32
  }
  return %r, %s : i32, i32
}

// -----

// CHECK-LABEL: func.func @combine_ifs_no_results(
// CHECK-SAME: %arg0: i1) {
// CHECK-NEXT: scf.if %arg0 {
// CHECK-NEXT: "test.a"() : () -> ()
// CHECK-NEXT: "test.b"() : () -> ()
// CHECK-NEXT: } else {
// CHECK-NEXT: "test.c"() : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @combine_ifs_no_results(%c : i1) {
  scf.if %c {
    "test.a"() : () -> ()
  }
  scf.if %c {
    "test.b"() : () -> ()
  } else {
    "test.c"() : () -> ()
  }
  return
}

// -----

// CHECK-LABEL: func.func @empty_else(
// CHECK-SAME: %arg0: i1) {
// CHECK-NEXT: scf.if %arg0 {
// CHECK-NEXT: "test.a"() : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @empty_else(%c : i1) {
  scf.if %c {
    "test.a"() : () -> ()
  } else {
  }
  return
}

// -----

// CHECK-LABEL: func.func @nested_ifs(
// CHECK-SAME: %arg0: i1, %arg1: i1) {
// CHECK-NEXT: %0 = arith.andi %arg0, %arg1 : i1
// CHECK-NEXT: scf.if %0 {
// CHECK-NEXT: "test.a"() : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @nested_ifs(%c : i1, %d : i1) {
  scf.if %c {
    scf.if %d {
      "test.a"() : () -> ()
    }
  }
  return
}

// -----

// CHECK-LABEL: func.func @nested_ifs_results(
// CHECK-SAME: %arg0: i1, %arg1: i1, %arg2: i32, %arg3: i32) -> i32 {
// CHECK-NEXT: %0 = arith.andi %arg0, %arg1 : i1
// CHECK-NEXT: %1 = arith.select %0, %arg2, %arg3 : i32
// CHECK-NEXT: scf.if %0 {
// CHECK-NEXT: "test.a"() : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: return %1 : i32
// CHECK-NEXT: }
func.func @nested_ifs_results(%c : i1, %d : i1, %a : i32, %b : i32) -> i32 {
  %r = scf.if %c -> (i32) {
    %s = scf.if %d -> (i32) {
      "test.a"() : () -> ()
      scf.yield %a : i32
    } else {
      scf.yield %b : i32
    }
    scf.yield %s : i32
  } else {
    scf.yield %b : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @for_unused_iter(
// CHECK-SAME: %arg0: index, %arg1: index, %arg2: index, %arg3: i32, %arg4: f32) -> f32 {
// CHECK-NEXT: %0:2 = scf.for %arg5 = %arg0 to %arg1 step %arg2 iter_args(%arg6 = %arg3, %arg7 = %arg4) -> (i32, f32) {
// CHECK-NEXT: %1 = "test.step"(%arg6) : (i32) -> i32
// CHECK-NEXT: %2 = "test.f"(%arg7) : (f32) -> f32
// CHECK-NEXT: scf.yield %1, %2 : i32, f32
// CHECK-NEXT: }
// CHECK-NEXT: return %0#1 : f32
// CHECK-NEXT: }
func.func @for_unused_iter(%lb : index, %ub : index, %st : index, %a : i32, %b : f32) -> f32 {
  %r:2 = scf.for %i = %lb to %ub step %st iter_args(%x = %a, %y = %b) -> (i32, f32) {
    %n = "test.step"(%x) : (i32) -> i32
    %m = "test.f"(%y) : (f32) -> f32
    scf.yield %n, %m : i32, f32
  }
  return %r#1 : f32
}

// -----

// CHECK-LABEL: func.func @for_invariant_iter(
// CHECK-SAME: %arg0: index, %arg1: index, %arg2: index, %arg3: i32, %arg4: i32) -> (i32, i32) {
// CHECK-NEXT: %0 = scf.for %arg5 = %arg0 to %arg1 step %arg2 iter_args(%arg6 = %arg4) -> (i32) {
// CHECK-NEXT: "test.use"(%arg3) : (i32) -> ()
// CHECK-NEXT: %1 = "test.step"(%arg6) : (i32) -> i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %arg3, %0 : i32, i32
// CHECK-NEXT: }
func.func @for_invariant_iter(%lb : index, %ub : index, %st : index, %a : i32, %b : i32) -> (i32, i32) {
  %r:2 = scf.for %i = %lb to %ub step %st iter_args(%x = %a, %y = %b) -> (i32, i32) {
    "test.use"(%x) : (i32) -> ()
    %n = "test.step"(%y) : (i32) -> i32
    scf.yield %x, %n : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}

// -----

// CHECK-LABEL: func.func @for_yield_init(
// CHECK-SAME: %arg0: index, %arg1: index, %arg2: index, %arg3: i32) -> i32 {
// CHECK-NEXT: scf.for %arg4 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT: "test.use"(%arg3) : (i32) -> ()
// CHECK-NEXT: }
// CHECK-NEXT: return %arg3 : i32
// CHECK-NEXT: }
func.func @for_yield_init(%lb : index, %ub : index, %st : index, %a : i32) -> i32 {
  %r = scf.for %i = %lb to %ub step %st iter_args(%x = %a) -> (i32) {
    "test.use"(%x) : (i32) -> ()
    scf.yield %a : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @for_zero_trip(
// CHECK-SAME: %arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
func.func @for_zero_trip(%a : i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c10 = arith.constant 10 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c10 to %c0 step %c1 iter_args(%x = %a) -> (i32) {
    %n = "test.step"(%x) : (i32) -> i32
    scf.yield %n : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @for_single_trip(
// CHECK-SAME: %arg0: i32) -> i32 {
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %0 = "test.step"(%arg0, %c0) : (i32, index) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @for_single_trip(%a : i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c10 = arith.constant 10 : index
  %r = scf.for %i = %c0 to %c10 step %c10 iter_args(%x = %a) -> (i32) {
    %n = "test.step"(%x, %i) : (i32, index) -> i32
    scf.yield %n : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @for_same_bounds(
// CHECK-SAME: %arg0: index, %arg1: index) {
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @for_same_bounds(%lb : index, %st : index) {
  scf.for %i = %lb to %lb step %st {
    "test.op"() : () -> ()
  }
  return
}

// -----

// CHECK-LABEL: func.func @for_empty_body(
// CHECK-SAME: %arg0: index, %arg1: index, %arg2: index) {
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @for_empty_body(%lb : index, %ub : index, %st : index) {
  scf.for %i = %lb to %ub step %st {
  }
  return
}

// -----

// CHECK-LABEL: func.func @for_i32(
// CHECK-SAME: %arg0: f32) -> f32 {
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: %0 = "test.step"(%arg0, %c0_i32) : (f32, i32) -> f32
// CHECK-NEXT: return %0 : f32
// CHECK-NEXT: }
func.func @for_i32(%a : f32) -> f32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %r = scf.for %i = %c0 to %c1 step %c1 iter_args(%x = %a) -> (f32) : i32 {
    %n = "test.step"(%x, %i) : (f32, i32) -> f32
    scf.yield %n : f32
  }
  return %r : f32
}

// -----

// CHECK-LABEL: func.func @for_dup_init(
// CHECK-SAME: %arg0: index, %arg1: index, %arg2: index, %arg3: i32) -> (i32, i32) {
// CHECK-NEXT: %0 = scf.for %arg4 = %arg0 to %arg1 step %arg2 iter_args(%arg5 = %arg3) -> (i32) {
// CHECK-NEXT: %1 = "test.step"(%arg5, %arg5) : (i32, i32) -> i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0, %0 : i32, i32
// CHECK-NEXT: }
func.func @for_dup_init(%lb : index, %ub : index, %st : index, %a : i32) -> (i32, i32) {
  %r:2 = scf.for %i = %lb to %ub step %st iter_args(%x = %a, %y = %a) -> (i32, i32) {
    %n = "test.step"(%x, %y) : (i32, i32) -> i32
    scf.yield %n, %n : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}

// -----

// CHECK-LABEL: func.func @while_invariant_before(
// CHECK-SAME: %arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT: %0 = scf.while (%arg2 = %arg1) : (i32) -> i32 {
// CHECK-NEXT: %1 = "test.cond"(%arg2) : (i32) -> i1
// CHECK-NEXT: scf.condition(%1) %arg2 : i32
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%arg2: i32):
// CHECK-NEXT: %1 = "test.step"(%arg2) : (i32) -> i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
func.func @while_invariant_before(%a : i32, %b : i32) -> i32 {
  %r:2 = scf.while (%x = %a, %y = %b) : (i32, i32) -> (i32, i32) {
    %c = "test.cond"(%y) : (i32) -> i1
    scf.condition(%c) %x, %y : i32, i32
  } do {
  ^bb0(%p : i32, %q : i32):
    %n = "test.step"(%q) : (i32) -> i32
    scf.yield %a, %n : i32, i32
  }
  return %r#0 : i32
}

// -----

// CHECK-LABEL: func.func @while_condition_truth(
// CHECK-SAME: %arg0: i32) {
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %0 = scf.while (%arg1 = %arg0) : (i32) -> i32 {
// CHECK-NEXT: %1 = "test.cond"(%arg1) : (i32) -> i1
// CHECK-NEXT: scf.condition(%1) %arg1 : i32
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%arg1: i32):
// CHECK-NEXT: "test.use"(%true) : (i1) -> ()
// CHECK-NEXT: %1 = "test.step"(%arg1) : (i32) -> i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @while_condition_truth(%a : i32) {
  %r:2 = scf.while (%x = %a) : (i32) -> (i32, i1) {
    %c = "test.cond"(%x) : (i32) -> i1
    scf.condition(%c) %x, %c : i32, i1
  } do {
  ^bb0(%p : i32, %b : i1):
    "test.use"(%b) : (i1) -> ()
    %n = "test.step"(%p) : (i32) -> i32
    scf.yield %n : i32
  }
  return
}

// -----

// CHECK-LABEL: func.func @while_unused_result(
// CHECK-SAME: %arg0: i32, %arg1: f32) -> i32 {
// CHECK-NEXT: %0:2 = scf.while (%arg2 = %arg0, %arg3 = %arg1) : (i32, f32) -> (i32, f32) {
// CHECK-NEXT: %1 = "test.cond"(%arg2) : (i32) -> i1
// CHECK-NEXT: scf.condition(%1) %arg2, %arg3 : i32, f32
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%arg2: i32, %arg3: f32):
// CHECK-NEXT: %1 = "test.step"(%arg2) : (i32) -> i32
// CHECK-NEXT: %2 = "test.f"(%arg3) : (f32) -> f32
// CHECK-NEXT: scf.yield %1, %2 : i32, f32
// CHECK-NEXT: }
// CHECK-NEXT: return %0#0 : i32
// CHECK-NEXT: }
func.func @while_unused_result(%a : i32, %b : f32) -> i32 {
  %r:2 = scf.while (%x = %a, %y = %b) : (i32, f32) -> (i32, f32) {
    %c = "test.cond"(%x) : (i32) -> i1
    scf.condition(%c) %x, %y : i32, f32
  } do {
  ^bb0(%p : i32, %q : f32):
    %n = "test.step"(%p) : (i32) -> i32
    %m = "test.f"(%q) : (f32) -> f32
    scf.yield %n, %m : i32, f32
  }
  return %r#0 : i32
}

// -----

// CHECK-LABEL: func.func @while_duplicated_result(
// CHECK-SAME: %arg0: i32) -> (i32, i32) {
// CHECK-NEXT: %0 = scf.while (%arg1 = %arg0) : (i32) -> i32 {
// CHECK-NEXT: %1 = "test.cond"(%arg1) : (i32) -> i1
// CHECK-NEXT: scf.condition(%1) %arg1 : i32
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%arg1: i32):
// CHECK-NEXT: %1 = "test.step"(%arg1, %arg1) : (i32, i32) -> i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0, %0 : i32, i32
// CHECK-NEXT: }
func.func @while_duplicated_result(%a : i32) -> (i32, i32) {
  %r:2 = scf.while (%x = %a) : (i32) -> (i32, i32) {
    %c = "test.cond"(%x) : (i32) -> i1
    scf.condition(%c) %x, %x : i32, i32
  } do {
  ^bb0(%p : i32, %q : i32):
    %n = "test.step"(%p, %q) : (i32, i32) -> i32
    scf.yield %n : i32
  }
  return %r#0, %r#1 : i32, i32
}

// -----

// CHECK-LABEL: func.func @while_unused_arg(
// CHECK-SAME: %arg0: i32, %arg1: i32) {
// CHECK-NEXT: scf.while (%arg2 = %arg0) : (i32) -> () {
// CHECK-NEXT: %0 = "test.cond"(%arg2) : (i32) -> i1
// CHECK-NEXT: scf.condition(%0)
// CHECK-NEXT: } do {
// CHECK-NEXT: %0 = "test.step"() : () -> i32
// CHECK-NEXT: scf.yield %0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @while_unused_arg(%a : i32, %b : i32) {
  scf.while (%x = %a, %y = %b) : (i32, i32) -> () {
    %c = "test.cond"(%x) : (i32) -> i1
    scf.condition(%c)
  } do {
    %n = "test.step"() : () -> i32
    scf.yield %n, %n : i32, i32
  }
  return
}

// -----

// CHECK-LABEL: func.func @while_cmp_cond(
// CHECK-SAME: %arg0: i32, %arg1: i32) {
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %0 = scf.while (%arg2 = %arg0) : (i32) -> i32 {
// CHECK-NEXT: %1 = arith.cmpi slt, %arg2, %arg1 : i32
// CHECK-NEXT: scf.condition(%1) %arg2 : i32
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%arg2: i32):
// CHECK-NEXT: "test.use"(%true) : (i1) -> ()
// CHECK-NEXT: %1 = "test.step"(%arg2) : (i32) -> i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @while_cmp_cond(%a : i32, %b : i32) {
  scf.while (%x = %a) : (i32) -> (i32) {
    %c = arith.cmpi slt, %x, %b : i32
    scf.condition(%c) %x : i32
  } do {
  ^bb0(%p : i32):
    %d = arith.cmpi slt, %p, %b : i32
    "test.use"(%d) : (i1) -> ()
    %n = "test.step"(%p) : (i32) -> i32
    scf.yield %n : i32
  }
  return
}

// -----

// CHECK-LABEL: func.func @while_invariant_yielded(
// CHECK-SAME: %arg0: i32, %arg1: i32) -> (i32, i32) {
// CHECK-NEXT: %0 = scf.while (%arg2 = %arg0) : (i32) -> i32 {
// CHECK-NEXT: %1 = "test.cond"(%arg2) : (i32) -> i1
// CHECK-NEXT: scf.condition(%1) %arg2 : i32
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%arg2: i32):
// CHECK-NEXT: %1 = "test.step"(%arg2, %arg1) : (i32, i32) -> i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0, %arg1 : i32, i32
// CHECK-NEXT: }
func.func @while_invariant_yielded(%a : i32, %k : i32) -> (i32, i32) {
  %r:2 = scf.while (%x = %a) : (i32) -> (i32, i32) {
    %c = "test.cond"(%x) : (i32) -> i1
    scf.condition(%c) %x, %k : i32, i32
  } do {
  ^bb0(%p : i32, %q : i32):
    %n = "test.step"(%p, %q) : (i32, i32) -> i32
    scf.yield %n : i32
  }
  return %r#0, %r#1 : i32, i32
}

// -----

// CHECK-LABEL: func.func @execute_region_inline(
// CHECK-SAME: %arg0: i32) -> i32 {
// CHECK-NEXT: %0 = "test.op"(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @execute_region_inline(%a : i32) -> i32 {
  %r = scf.execute_region -> i32 {
    %x = "test.op"(%a) : (i32) -> i32
    scf.yield %x : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @execute_region_multi(
// CHECK-SAME: %arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT: "test.before"() : () -> ()
// CHECK-NEXT: %0 = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT: "test.after"(%0) : (i32) -> ()
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @execute_region_multi(%c : i1, %a : i32, %b : i32) -> i32 {
  "test.before"() : () -> ()
  %r = scf.execute_region -> i32 {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    scf.yield %a : i32
  ^bb2:
    scf.yield %b : i32
  }
  "test.after"(%r) : (i32) -> ()
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @index_switch_const(
// CHECK-SAME: %arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT: "test.two"() : () -> ()
// CHECK-NEXT: return %arg1 : i32
// CHECK-NEXT: }
func.func @index_switch_const(%a : i32, %b : i32) -> i32 {
  %c2 = arith.constant 2 : index
  %r = scf.index_switch %c2 -> i32
  case 1 {
    scf.yield %a : i32
  }
  case 2 {
    "test.two"() : () -> ()
    scf.yield %b : i32
  }
  default {
    scf.yield %a : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @index_switch_default(
// CHECK-SAME: %arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT: "test.default"() : () -> ()
// CHECK-NEXT: return %arg1 : i32
// CHECK-NEXT: }
func.func @index_switch_default(%a : i32, %b : i32) -> i32 {
  %c5 = arith.constant 5 : index
  %r = scf.index_switch %c5 -> i32
  case 1 {
    scf.yield %a : i32
  }
  default {
    "test.default"() : () -> ()
    scf.yield %b : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @parallel_single(
// CHECK-SAME: %arg0: index, %arg1: index) {
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %c1 = arith.constant 1 : index
// CHECK-NEXT: scf.parallel (%arg2) = (%arg0) to (%arg1) step (%c1) {
// CHECK-NEXT: "test.use"(%c0, %arg2) : (index, index) -> ()
// CHECK-NEXT: scf.reduce
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @parallel_single(%lb : index, %ub : index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.parallel (%i, %j) = (%c0, %lb) to (%c1, %ub) step (%c1, %c1) {
    "test.use"(%i, %j) : (index, index) -> ()
    scf.reduce
  }
  return
}

// -----

// CHECK-LABEL: func.func @parallel_zero(
// CHECK-SAME: %arg0: index, %arg1: index) {
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @parallel_zero(%lb : index, %ub : index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.parallel (%i, %j) = (%c1, %lb) to (%c0, %ub) step (%c1, %c1) {
    "test.use"(%i, %j) : (index, index) -> ()
    scf.reduce
  }
  return
}

// -----

// CHECK-LABEL: func.func @parallel_all_single(
// CHECK-SAME: ) {
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: "test.use"(%c0) : (index) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @parallel_all_single() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.parallel (%i) = (%c0) to (%c1) step (%c1) {
    "test.use"(%i) : (index) -> ()
    scf.reduce
  }
  return
}

// -----

// CHECK-LABEL: func.func @combine_ifs_negated(
// CHECK-SAME: %arg0: i1) {
// CHECK-NEXT: scf.if %arg0 {
// CHECK-NEXT: "test.a"() : () -> ()
// CHECK-NEXT: } else {
// CHECK-NEXT: "test.b"() : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @combine_ifs_negated(%c : i1) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  scf.if %c {
    "test.a"() : () -> ()
  }
  scf.if %n {
    "test.b"() : () -> ()
  }
  return
}

// -----

// CHECK-LABEL: func.func @while_align(
// CHECK-SAME: %arg0: i32, %arg1: i32) -> (i32, i32) {
// CHECK-NEXT: %0:2 = scf.while (%arg2 = %arg0, %arg3 = %arg1) : (i32, i32) -> (i32, i32) {
// CHECK-NEXT: %1 = "test.cond"(%arg2, %arg3) : (i32, i32) -> i1
// CHECK-NEXT: scf.condition(%1) %arg2, %arg3 : i32, i32
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%arg2: i32, %arg3: i32):
// CHECK-NEXT: %1:2 = "test.step"(%arg3, %arg2) : (i32, i32) -> (i32, i32)
// CHECK-NEXT: scf.yield %1#0, %1#1 : i32, i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0#1, %0#0 : i32, i32
// CHECK-NEXT: }
func.func @while_align(%a : i32, %b : i32) -> (i32, i32) {
  %r:2 = scf.while (%x = %a, %y = %b) : (i32, i32) -> (i32, i32) {
    %c = "test.cond"(%x, %y) : (i32, i32) -> i1
    scf.condition(%c) %y, %x : i32, i32
  } do {
  ^bb0(%p : i32, %q : i32):
    %n:2 = "test.step"(%p, %q) : (i32, i32) -> (i32, i32)
    scf.yield %n#0, %n#1 : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}

// -----

// CHECK-LABEL: func.func @execute_region_noinline(
// CHECK-SAME: %arg0: i32) -> i32 {
// CHECK-NEXT: %0 = scf.execute_region -> i32 no_inline {
// CHECK-NEXT: %1 = "test.op"(%arg0) : (i32) -> i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @execute_region_noinline(%a : i32) -> i32 {
  %r = scf.execute_region -> i32 no_inline {
    %x = "test.op"(%a) : (i32) -> i32
    scf.yield %x : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @index_switch_no_results(
// CHECK-SAME: %arg0: index) {
// CHECK-NEXT: "test.one"() : () -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @index_switch_no_results(%i : index) {
  %c1 = arith.constant 1 : index
  scf.index_switch %c1
  case 1 {
    "test.one"() : () -> ()
    scf.yield
  }
  default {
  }
  return
}

// -----

// CHECK-LABEL: func.func @parallel_reduce_single(
// CHECK-SAME: %arg0: f32) -> f32 {
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %0 = "test.val"(%c0) : (index) -> f32
// CHECK-NEXT: %1 = arith.addf %arg0, %0 : f32
// CHECK-NEXT: return %1 : f32
// CHECK-NEXT: }
func.func @parallel_reduce_single(%a : f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.parallel (%i) = (%c0) to (%c1) step (%c1) init (%a) -> f32 {
    %v = "test.val"(%i) : (index) -> f32
    scf.reduce(%v : f32) {
    ^bb0(%l : f32, %rr : f32):
      %s = arith.addf %l, %rr : f32
      scf.reduce.return %s : f32
    }
  }
  return %r : f32
}

// -----

// CHECK-LABEL: func.func @for_unsigned(
// CHECK-SAME: %arg0: i32) -> i32 {
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: %c-1_i32 = arith.constant -1 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %0 = scf.for unsigned %arg1 = %c0_i32 to %c-1_i32 step %c1_i32 iter_args(%arg2 = %arg0) -> (i32)  : i32 {
// CHECK-NEXT: %1 = "test.step"(%arg2, %arg1) : (i32, i32) -> i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @for_unsigned(%a : i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %cm1 = arith.constant -1 : i32
  %c1 = arith.constant 1 : i32
  %r = scf.for unsigned %i = %c0 to %cm1 step %c1 iter_args(%x = %a) -> (i32) : i32 {
    %n = "test.step"(%x, %i) : (i32, i32) -> i32
    scf.yield %n : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @for_signed_negative(
// CHECK-SAME: %arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
func.func @for_signed_negative(%a : i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %cm1 = arith.constant -1 : i32
  %c1 = arith.constant 1 : i32
  %r = scf.for %i = %c0 to %cm1 step %c1 iter_args(%x = %a) -> (i32) : i32 {
    %n = "test.step"(%x, %i) : (i32, i32) -> i32
    scf.yield %n : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @for_add_diff(
// CHECK-SAME: %arg0: index, %arg1: i32) -> i32 {
// CHECK-NEXT: %c4 = arith.constant 4 : index
// CHECK-NEXT: %0 = arith.addi %arg0, %c4 : index
// CHECK-NEXT: %1 = scf.for %arg2 = %arg0 to %0 step %c4 iter_args(%arg3 = %arg1) -> (i32) {
// CHECK-NEXT: %2 = "test.step"(%arg3, %arg2) : (i32, index) -> i32
// CHECK-NEXT: scf.yield %2 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %1 : i32
// CHECK-NEXT: }
func.func @for_add_diff(%lb : index, %a : i32) -> i32 {
  %c4 = arith.constant 4 : index
  %ub = arith.addi %lb, %c4 : index
  %r = scf.for %i = %lb to %ub step %c4 iter_args(%x = %a) -> (i32) {
    %n = "test.step"(%x, %i) : (i32, index) -> i32
    scf.yield %n : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @for_empty_yield_outside(
// CHECK-SAME: %arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT: return %arg1 : i32
// CHECK-NEXT: }
func.func @for_empty_yield_outside(%a : i32, %b : i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%x = %a) -> (i32) {
    scf.yield %b : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @for_nested(
// CHECK-SAME: %arg0: index, %arg1: index, %arg2: index, %arg3: i32) -> i32 {
// CHECK-NEXT: %0 = scf.for %arg4 = %arg0 to %arg1 step %arg2 iter_args(%arg5 = %arg3) -> (i32) {
// CHECK-NEXT: %1 = scf.for %arg6 = %arg0 to %arg1 step %arg2 iter_args(%arg7 = %arg5) -> (i32) {
// CHECK-NEXT: %2 = "test.step"(%arg7) : (i32) -> i32
// CHECK-NEXT: scf.yield %2 : i32
// CHECK-NEXT: }
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @for_nested(%lb : index, %ub : index, %st : index, %a : i32) -> i32 {
  %r = scf.for %i = %lb to %ub step %st iter_args(%x = %a) -> (i32) {
    %s = scf.for %j = %lb to %ub step %st iter_args(%y = %x) -> (i32) {
      %n = "test.step"(%y) : (i32) -> i32
      scf.yield %n : i32
    }
    scf.yield %s : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @if_yield_dup_nested(
// CHECK-SAME: %arg0: i1, %arg1: i1, %arg2: i32) -> i32 {
// CHECK-NEXT: scf.if %arg0 {
// CHECK-NEXT: scf.if %arg1 {
// CHECK-NEXT: "test.x"() : () -> ()
// CHECK-NEXT: } else {
// CHECK-NEXT: "test.y"() : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK-NEXT: return %arg2 : i32
// CHECK-NEXT: }
func.func @if_yield_dup_nested(%c : i1, %d : i1, %a : i32) -> i32 {
  %r = scf.if %c -> (i32) {
    %s = scf.if %d -> (i32) {
      "test.x"() : () -> ()
      scf.yield %a : i32
    } else {
      "test.y"() : () -> ()
      scf.yield %a : i32
    }
    scf.yield %s : i32
  } else {
    scf.yield %a : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @while_nested_if_cond(
// CHECK-SAME: %arg0: i32) -> i32 {
// CHECK-NEXT: %0 = scf.while (%arg1 = %arg0) : (i32) -> i32 {
// CHECK-NEXT: %1 = "test.cond"(%arg1) : (i32) -> i1
// CHECK-NEXT: scf.condition(%1) %arg1 : i32
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%arg1: i32):
// CHECK-NEXT: %1 = "test.step"(%arg1) : (i32) -> i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @while_nested_if_cond(%a : i32) -> i32 {
  %r = scf.while (%x = %a) : (i32) -> i32 {
    %c = "test.cond"(%x) : (i32) -> i1
    scf.condition(%c) %x : i32
  } do {
  ^bb0(%p : i32):
    %t = arith.constant true
    %n = scf.if %t -> (i32) {
      %m = "test.step"(%p) : (i32) -> i32
      scf.yield %m : i32
    } else {
      scf.yield %p : i32
    }
    scf.yield %n : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @unreachable_scf(
// CHECK-SAME: %arg0: i32, %arg1: index, %arg2: index) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
func.func @unreachable_scf(%c0 : i32, %lb : index, %ub : index) -> i32 {
  %f = arith.constant false
  cf.cond_br %f, ^bb1(%c0 : i32), ^bb3
^bb1(%a : i32):
  %r = scf.for %i = %lb to %ub step %lb iter_args(%x = %a) -> (i32) {
    %t = arith.constant true
    %n = scf.if %t -> (i32) {
      %m = arith.addi %x, %a : i32
      scf.yield %m : i32
    } else {
      scf.yield %x : i32
    }
    scf.yield %n : i32
  }
  %w = scf.while (%p = %r) : (i32) -> i32 {
    %cc = arith.cmpi slt, %p, %a : i32
    scf.condition(%cc) %p : i32
  } do {
  ^bb0(%q : i32):
    %q2 = arith.addi %q, %q : i32
    scf.yield %q2 : i32
  }
  cf.br ^bb2(%w : i32)
^bb2(%b : i32):
  %y = arith.addi %b, %c0 : i32
  cf.br ^bb1(%y : i32)
^bb3:
  return %c0 : i32
}

// -----

// CHECK-LABEL: func.func @reachable_loop_scf(
// CHECK-SAME: %arg0: i32, %arg1: index, %arg2: index, %arg3: i1) -> i32 {
// CHECK-NEXT: cf.br ^bb1(%arg0 : i32)
// CHECK-NEXT: ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: %1 = scf.for %arg4 = %arg1 to %arg2 step %arg1 iter_args(%arg5 = %0) -> (i32) {
// CHECK-NEXT: %3 = scf.if %arg3 -> (i32) {
// CHECK-NEXT: %4 = arith.addi %arg5, %0 : i32
// CHECK-NEXT: scf.yield %4 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %arg5 : i32
// CHECK-NEXT: }
// CHECK-NEXT: scf.yield %3 : i32
// CHECK-NEXT: }
// CHECK-NEXT: cf.cond_br %arg3, ^bb1(%1 : i32), ^bb2(%1 : i32)
// CHECK-NEXT: ^bb2(%2: i32):  // pred: ^bb1
// CHECK-NEXT: return %2 : i32
// CHECK-NEXT: }
func.func @reachable_loop_scf(%c0 : i32, %lb : index, %ub : index, %cond : i1) -> i32 {
  cf.br ^bb1(%c0 : i32)
^bb1(%a : i32):
  %r = scf.for %i = %lb to %ub step %lb iter_args(%x = %a) -> (i32) {
    %n = scf.if %cond -> (i32) {
      %m = arith.addi %x, %a : i32
      scf.yield %m : i32
    } else {
      scf.yield %x : i32
    }
    scf.yield %n : i32
  }
  cf.cond_br %cond, ^bb1(%r : i32), ^bb3(%r : i32)
^bb3(%z : i32):
  return %z : i32
}

// -----

// CHECK-LABEL: func.func @parallel_merge(
// CHECK-SAME: %arg0: index, %arg1: index, %arg2: index) {
// CHECK-NEXT: scf.parallel (%arg3, %arg4) = (%arg0, %arg0) to (%arg1, %arg1) step (%arg2, %arg2) {
// CHECK-NEXT: "test.use"(%arg3, %arg4) : (index, index) -> ()
// CHECK-NEXT: scf.reduce
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @parallel_merge(%lb : index, %ub : index, %st : index) {
  scf.parallel (%i) = (%lb) to (%ub) step (%st) {
    scf.parallel (%j) = (%lb) to (%ub) step (%st) {
      "test.use"(%i, %j) : (index, index) -> ()
      scf.reduce
    }
    scf.reduce
  }
  return
}

// -----

// CHECK-LABEL: func.func @parallel_no_merge(
// CHECK-SAME: %arg0: index, %arg1: index, %arg2: index) {
// CHECK-NEXT: scf.parallel (%arg3) = (%arg0) to (%arg1) step (%arg2) {
// CHECK-NEXT: scf.parallel (%arg4) = (%arg3) to (%arg1) step (%arg2) {
// CHECK-NEXT: "test.use"(%arg3, %arg4) : (index, index) -> ()
// CHECK-NEXT: scf.reduce
// CHECK-NEXT: }
// CHECK-NEXT: scf.reduce
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @parallel_no_merge(%lb : index, %ub : index, %st : index) {
  scf.parallel (%i) = (%lb) to (%ub) step (%st) {
    scf.parallel (%j) = (%i) to (%ub) step (%st) {
      "test.use"(%i, %j) : (index, index) -> ()
      scf.reduce
    }
    scf.reduce
  }
  return
}

// -----

// CHECK-LABEL: func.func @parallel_partial(
// CHECK-SAME: %arg0: index, %arg1: index) -> f32 {
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %c1 = arith.constant 1 : index
// CHECK-NEXT: %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: %0 = scf.parallel (%arg2) = (%arg0) to (%arg1) step (%c1) init (%cst) -> f32 {
// CHECK-NEXT: %1 = "test.val"(%c0, %arg2) : (index, index) -> f32
// CHECK-NEXT: scf.reduce(%1 : f32) {
// CHECK-NEXT: ^bb0(%arg3: f32, %arg4: f32):
// CHECK-NEXT: %2 = arith.addf %arg3, %arg4 : f32
// CHECK-NEXT: scf.reduce.return %2 : f32
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : f32
// CHECK-NEXT: }
func.func @parallel_partial(%lb : index, %ub : index) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %f = arith.constant 0.0 : f32
  %r = scf.parallel (%i, %j) = (%c0, %lb) to (%c1, %ub) step (%c1, %c1) init (%f) -> f32 {
    %v = "test.val"(%i, %j) : (index, index) -> f32
    scf.reduce(%v : f32) {
    ^bb0(%l : f32, %rr : f32):
      %s = arith.addf %l, %rr : f32
      scf.reduce.return %s : f32
    }
  }
  return %r : f32
}

// -----

// CHECK-LABEL: func.func @xor_cycle(
// CHECK-SAME: %arg0: i1) {
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @xor_cycle(%c : i1) {
  %true = arith.constant true
  %f = arith.constant false
  cf.cond_br %f, ^bb1(%c : i1), ^bb3
^bb1(%a : i1):
  %x = arith.xori %a, %true : i1
  cf.br ^bb2(%x : i1)
^bb2(%b : i1):
  scf.if %b {
    "test.a"() : () -> ()
  } else {
    "test.b"() : () -> ()
  }
  cf.br ^bb1(%b : i1)
^bb3:
  return
}

// -----

// CHECK-LABEL: func.func @unreachable_cycle(
// CHECK-SAME: %arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
func.func @unreachable_cycle(%c0 : i32) -> i32 {
  %f = arith.constant false
  cf.cond_br %f, ^bb1(%c0 : i32), ^bb3
^bb1(%a : i32):
  %x = arith.addi %a, %c0 : i32
  cf.br ^bb2(%x : i32)
^bb2(%b : i32):
  %y = arith.addi %b, %c0 : i32
  cf.br ^bb1(%y : i32)
^bb3:
  return %c0 : i32
}

// -----

// CHECK-LABEL: func.func @if_attr_unused(
// CHECK-SAME: %arg0: i1, %arg1: i32) {
// CHECK-NEXT: scf.if %arg0 {
// CHECK-NEXT: "test.a"() : () -> ()
// CHECK-NEXT: } else {
// CHECK-NEXT: "test.b"() : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @if_attr_unused(%c : i1, %a : i32) {
  %r = scf.if %c -> (i32) {
    "test.a"() : () -> ()
    scf.yield %a : i32
  } else {
    "test.b"() : () -> ()
    scf.yield %a : i32
  } {foo = 1 : i32}
  return
}

// -----

// CHECK-LABEL: func.func @if_attr_nested(
// CHECK-SAME: %arg0: i1, %arg1: i1) {
// CHECK-NEXT: %0 = arith.andi %arg0, %arg1 : i1
// CHECK-NEXT: scf.if %0 {
// CHECK-NEXT: "test.a"() : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @if_attr_nested(%c : i1, %d : i1) {
  scf.if %c {
    scf.if %d {
      "test.a"() : () -> ()
    } {bar}
  } {foo}
  return
}

// -----

// CHECK-LABEL: func.func @if_attr_empty_else(
// CHECK-SAME: %arg0: i1) {
// CHECK-NEXT: scf.if %arg0 {
// CHECK-NEXT: "test.a"() : () -> ()
// CHECK-NEXT: } {foo}
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @if_attr_empty_else(%c : i1) {
  scf.if %c {
    "test.a"() : () -> ()
  } else {
  } {foo}
  return
}

// -----

// CHECK-LABEL: func.func @for_attr(
// CHECK-SAME: %arg0: index, %arg1: index, %arg2: index, %arg3: i32) -> i32 {
// CHECK-NEXT: scf.for %arg4 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT: "test.use"(%arg3) : (i32) -> ()
// CHECK-NEXT: } {foo}
// CHECK-NEXT: return %arg3 : i32
// CHECK-NEXT: }
func.func @for_attr(%lb : index, %ub : index, %st : index, %a : i32) -> i32 {
  %r = scf.for %i = %lb to %ub step %st iter_args(%x = %a) -> (i32) {
    "test.use"(%x) : (i32) -> ()
    scf.yield %x : i32
  } {foo}
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @while_attr(
// CHECK-SAME: %arg0: i32, %arg1: f32) -> i32 {
// CHECK-NEXT: %0 = scf.while (%arg2 = %arg0) : (i32) -> i32 {
// CHECK-NEXT: %1 = "test.cond"(%arg2) : (i32) -> i1
// CHECK-NEXT: scf.condition(%1) %arg2 : i32
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%arg2: i32):
// CHECK-NEXT: %1 = "test.step"(%arg2) : (i32) -> i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: } attributes {foo}
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @while_attr(%a : i32, %b : f32) -> i32 {
  %r:2 = scf.while (%x = %a, %y = %b) : (i32, f32) -> (i32, f32) {
    %c = "test.cond"(%x) : (i32) -> i1
    scf.condition(%c) %x, %y : i32, f32
  } do {
  ^bb0(%p : i32, %q : f32):
    %n = "test.step"(%p) : (i32) -> i32
    scf.yield %n, %q : i32, f32
  } attributes {foo}
  return %r#0 : i32
}

// -----

// CHECK-LABEL: func.func @index_switch_unused_result(
// CHECK-SAME: %arg0: index, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT: %0 = scf.index_switch %arg0 -> i32
// CHECK-NEXT: case 0 {
// CHECK-NEXT: %1 = arith.addi %arg1, %arg2 : i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: default {
// CHECK-NEXT: %1 = arith.subi %arg1, %arg2 : i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @index_switch_unused_result(%i : index, %a : i32, %b : i32) -> i32 {
  %r:2 = scf.index_switch %i -> i32, i32
  case 0 {
    %x = arith.addi %a, %b : i32
    %y = arith.muli %a, %b : i32
    scf.yield %x, %y : i32, i32
  }
  default {
    %z = arith.subi %a, %b : i32
    scf.yield %z, %a : i32, i32
  }
  return %r#0 : i32
}

// -----

// CHECK-LABEL: func.func @index_switch_all_unused(
// CHECK-SAME: %arg0: index, %arg1: i32, %arg2: i32) {
// CHECK-NEXT: scf.index_switch %arg0
// CHECK-NEXT: case 0 {
// CHECK-NEXT: "test.foo"() : () -> ()
// CHECK-NEXT: scf.yield
// CHECK-NEXT: }
// CHECK-NEXT: case 3 {
// CHECK-NEXT: scf.yield
// CHECK-NEXT: }
// CHECK-NEXT: default {
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @index_switch_all_unused(%i : index, %a : i32, %b : i32) {
  %r = scf.index_switch %i -> i32
  case 0 {
    %x = arith.addi %a, %b : i32
    "test.foo"() : () -> ()
    scf.yield %x : i32
  }
  case 3 {
    scf.yield %a : i32
  }
  default {
    scf.yield %b : i32
  }
  return
}

// -----

// CHECK-LABEL: func.func @index_switch_unused_result_attr(
// CHECK-SAME: %arg0: index, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT: %0 = scf.index_switch %arg0 {foo} -> i32
// CHECK-NEXT: case 0 {
// CHECK-NEXT: scf.yield %arg2 : i32
// CHECK-NEXT: }
// CHECK-NEXT: default {
// CHECK-NEXT: scf.yield %arg1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @index_switch_unused_result_attr(%i : index, %a : i32, %b : i32) -> i32 {
  %r:2 = scf.index_switch %i {foo} -> i32, i32
  case 0 {
    scf.yield %a, %b : i32, i32
  }
  default {
    scf.yield %b, %a : i32, i32
  }
  return %r#1 : i32
}

// -----

// CHECK-LABEL: func.func @index_switch_common_yield(
// CHECK-SAME: %arg0: index, %arg1: i32, %arg2: i32) -> (i32, i32) {
// CHECK-NEXT: %0 = scf.index_switch %arg0 -> i32
// CHECK-NEXT: case 0 {
// CHECK-NEXT: "test.foo"() : () -> ()
// CHECK-NEXT: scf.yield %arg2 : i32
// CHECK-NEXT: }
// CHECK-NEXT: default {
// CHECK-NEXT: scf.yield %arg1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %arg1, %0 : i32, i32
// CHECK-NEXT: }
func.func @index_switch_common_yield(%i : index, %a : i32, %b : i32) -> (i32, i32) {
  %r:2 = scf.index_switch %i -> i32, i32
  case 0 {
    "test.foo"() : () -> ()
    scf.yield %a, %b : i32, i32
  }
  default {
    scf.yield %a, %a : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}

// -----

// CHECK-LABEL: func.func @index_switch_common_yield_erased(
// CHECK-SAME: %arg0: index, %arg1: i32) -> i32 {
// CHECK-NEXT: return %arg1 : i32
// CHECK-NEXT: }
func.func @index_switch_common_yield_erased(%i : index, %a : i32) -> i32 {
  %r = scf.index_switch %i -> i32
  case 0 {
    scf.yield %a : i32
  }
  case 1 {
    scf.yield %a : i32
  }
  default {
    scf.yield %a : i32
  }
  return %r : i32
}
