// RUN: dialectic-opt %s --canonicalize --split-input-file --allow-unregistered-dialect | FileCheck %s

// CHECK-LABEL: func.func @br_passthrough(
// CHECK-SAME: %arg0: i32, %arg1: i32) -> (i32, i32) {
// CHECK-NEXT: return %arg0, %arg1 : i32, i32
// CHECK-NEXT: }
func.func @br_passthrough(%arg0 : i32, %arg1 : i32) -> (i32, i32) {
  cf.br ^bb1(%arg0 : i32)
^bb1(%a : i32):
  cf.br ^bb2(%a, %arg1 : i32, i32)
^bb2(%x : i32, %y : i32):
  return %x, %y : i32, i32
}

// -----

// CHECK-LABEL: func.func @br_chain(
// CHECK-SAME: %arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT: return %arg1 : i32
// CHECK-NEXT: }
func.func @br_chain(%c : i1, %arg0 : i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb3
^bb1:
  cf.br ^bb2(%arg0 : i32)
^bb2(%a : i32):
  cf.br ^bb4(%a : i32)
^bb3:
  cf.br ^bb4(%arg0 : i32)
^bb4(%r : i32):
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @cond_br_const_true(
// CHECK-SAME: %arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
func.func @cond_br_const_true(%a : i32, %b : i32) -> i32 {
  %t = arith.constant true
  cf.cond_br %t, ^bb1(%a : i32), ^bb1(%b : i32)
^bb1(%x : i32):
  return %x : i32
}

// -----

// CHECK-LABEL: func.func @cond_br_const_false(
// CHECK-SAME: ) -> i32 {
// CHECK-NEXT: %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT: return %c2_i32 : i32
// CHECK-NEXT: }
func.func @cond_br_const_false() -> i32 {
  %f = arith.constant false
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  cf.cond_br %f, ^bb1(%c1 : i32), ^bb2(%c2 : i32)
^bb1(%x : i32):
  return %x : i32
^bb2(%y : i32):
  return %y : i32
}

// -----

// CHECK-LABEL: func.func @cond_br_same_successor(
// CHECK-SAME: %arg0: i1, %arg1: i32) {
// CHECK-NEXT: "test.use"(%arg1) : (i32) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @cond_br_same_successor(%c : i1, %a : i32) {
  cf.cond_br %c, ^bb1(%a : i32), ^bb1(%a : i32)
^bb1(%x : i32):
  "test.use"(%x) : (i32) -> ()
  return
}

// -----

// CHECK-LABEL: func.func @cond_br_same_successor_select(
// CHECK-SAME: %arg0: i1, %arg1: i32, %arg2: i32, %arg3: vector<2xf32>, %arg4: vector<2xf32>) -> (i32, vector<2xf32>) {
// CHECK-NEXT: %0 = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT: %1 = arith.select %arg0, %arg3, %arg4 : vector<2xf32>
// CHECK-NEXT: return %0, %1 : i32, vector<2xf32>
// CHECK-NEXT: }
func.func @cond_br_same_successor_select(%c : i1, %a : i32, %b : i32, %v : vector<2xf32>, %w : vector<2xf32>) -> (i32, vector<2xf32>) {
  cf.cond_br %c, ^bb1(%a, %v : i32, vector<2xf32>), ^bb1(%b, %w : i32, vector<2xf32>)
^bb1(%x : i32, %y : vector<2xf32>):
  return %x, %y : i32, vector<2xf32>
}

// -----

// CHECK-LABEL: func.func @cond_br_pass_through(
// CHECK-SAME: %arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT: cf.cond_br %arg0, ^bb1(%arg1 : i32), ^bb2
// CHECK-NEXT: ^bb1(%0: i32):  // pred: ^bb0
// CHECK-NEXT: cf.br ^bb3(%0 : i32)
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: cf.br ^bb3(%arg2 : i32)
// CHECK-NEXT: ^bb3(%1: i32):  // 3 preds: ^bb1, ^bb2, ^bb3
// CHECK-NEXT: "test.use"(%1) : (i32) -> ()
// CHECK-NEXT: cf.br ^bb3(%1 : i32)
// CHECK-NEXT: }
func.func @cond_br_pass_through(%c : i1, %a : i32, %b : i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%x : i32):
  cf.br ^bb3(%x : i32)
^bb2:
  cf.br ^bb3(%b : i32)
^bb3(%r : i32):
  "test.use"(%r) : (i32) -> ()
  cf.br ^bb3(%r : i32)
}

// -----

// CHECK-LABEL: func.func @cond_br_same_condition(
// CHECK-SAME: %arg0: i1, %arg1: i32, %arg2: i32) {
// CHECK-NEXT: cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: "test.a"() : () -> ()
// CHECK-NEXT: "test.use"(%arg1) : (i32) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: "test.b"() : () -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @cond_br_same_condition(%c : i1, %a : i32, %b : i32) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "test.a"() : () -> ()
  cf.cond_br %c, ^bb3(%a : i32), ^bb3(%b : i32)
^bb2:
  "test.b"() : () -> ()
  return
^bb3(%x : i32):
  "test.use"(%x) : (i32) -> ()
  return
}

// -----

// CHECK-LABEL: func.func @cond_br_truth(
// CHECK-SAME: %arg0: i1) {
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: "test.t"(%true) : (i1) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: "test.f"(%false) : (i1) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @cond_br_truth(%c : i1) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "test.t"(%c) : (i1) -> ()
  return
^bb2:
  "test.f"(%c) : (i1) -> ()
  return
}

// -----

// CHECK-LABEL: func.func @switch_only_default(
// CHECK-SAME: %arg0: i32, %arg1: f32) -> f32 {
// CHECK-NEXT: return %arg1 : f32
// CHECK-NEXT: }
func.func @switch_only_default(%f : i32, %a : f32) -> f32 {
  cf.switch %f : i32, [
    default: ^bb1(%a : f32)
  ]
^bb1(%x : f32):
  return %x : f32
}

// -----

// CHECK-LABEL: func.func @switch_case_matches_default(
// CHECK-SAME: %arg0: i32, %arg1: f32, %arg2: f32) {
// CHECK-NEXT: cf.switch %arg0 : i32, [
// CHECK-NEXT: default: ^bb1(%arg1 : f32),
// CHECK-NEXT: 42: ^bb2(%arg2 : f32),
// CHECK-NEXT: 43: ^bb1(%arg2 : f32)
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb1(%0: f32):  // 2 preds: ^bb0, ^bb0
// CHECK-NEXT: "test.x"(%0) : (f32) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: ^bb2(%1: f32):  // pred: ^bb0
// CHECK-NEXT: "test.y"(%1) : (f32) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @switch_case_matches_default(%f : i32, %a : f32, %b : f32) {
  cf.switch %f : i32, [
    default: ^bb1(%a : f32),
    10: ^bb1(%a : f32),
    42: ^bb2(%b : f32),
    43: ^bb1(%b : f32)
  ]
^bb1(%x : f32):
  "test.x"(%x) : (f32) -> ()
  return
^bb2(%y : f32):
  "test.y"(%y) : (f32) -> ()
  return
}

// -----

// CHECK-LABEL: func.func @switch_const(
// CHECK-SAME: %arg0: f32, %arg1: f32) {
// CHECK-NEXT: "test.y"(%arg1) : (f32) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @switch_const(%a : f32, %b : f32) {
  %c = arith.constant 42 : i32
  cf.switch %c : i32, [
    default: ^bb1(%a : f32),
    42: ^bb2(%b : f32)
  ]
^bb1(%x : f32):
  "test.x"(%x) : (f32) -> ()
  return
^bb2(%y : f32):
  "test.y"(%y) : (f32) -> ()
  return
}

// -----

// CHECK-LABEL: func.func @switch_const_default(
// CHECK-SAME: %arg0: f32, %arg1: f32) {
// CHECK-NEXT: "test.x"(%arg0) : (f32) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @switch_const_default(%a : f32, %b : f32) {
  %c = arith.constant 7 : i32
  cf.switch %c : i32, [
    default: ^bb1(%a : f32),
    42: ^bb2(%b : f32)
  ]
^bb1(%x : f32):
  "test.x"(%x) : (f32) -> ()
  return
^bb2(%y : f32):
  "test.y"(%y) : (f32) -> ()
  return
}

// -----

// CHECK-LABEL: func.func @switch_pass_through(
// CHECK-SAME: %arg0: i32, %arg1: f32, %arg2: f32) {
// CHECK-NEXT: cf.switch %arg0 : i32, [
// CHECK-NEXT: default: ^bb2(%arg1 : f32),
// CHECK-NEXT: 43: ^bb2(%arg2 : f32),
// CHECK-NEXT: 44: ^bb1
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: "test.z"() : () -> ()
// CHECK-NEXT: return
// CHECK-NEXT: ^bb2(%0: f32):  // 2 preds: ^bb0, ^bb0
// CHECK-NEXT: "test.use"(%0) : (f32) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @switch_pass_through(%f : i32, %a : f32, %b : f32) {
  cf.switch %f : i32, [
    default: ^bb1(%a : f32),
    43: ^bb2(%b : f32),
    44: ^bb3
  ]
^bb1(%x : f32):
  cf.br ^bb4(%x : f32)
^bb2(%y : f32):
  cf.br ^bb4(%y : f32)
^bb3:
  "test.z"() : () -> ()
  return
^bb4(%z : f32):
  "test.use"(%z) : (f32) -> ()
  return
}

// -----

// CHECK-LABEL: func.func @switch_same_flag(
// CHECK-SAME: %arg0: i32) {
// CHECK-NEXT: cf.switch %arg0 : i32, [
// CHECK-NEXT: default: ^bb1,
// CHECK-NEXT: 42: ^bb2
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: "test.a"() : () -> ()
// CHECK-NEXT: return
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: "test.c"() : () -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @switch_same_flag(%f : i32) {
  cf.switch %f : i32, [
    default: ^bb1,
    42: ^bb2
  ]
^bb1:
  "test.a"() : () -> ()
  return
^bb2:
  cf.switch %f : i32, [
    default: ^bb3,
    42: ^bb4
  ]
^bb3:
  "test.b"() : () -> ()
  return
^bb4:
  "test.c"() : () -> ()
  return
}

// -----

// CHECK-LABEL: func.func @switch_same_flag_default(
// CHECK-SAME: %arg0: i32) {
// CHECK-NEXT: cf.switch %arg0 : i32, [
// CHECK-NEXT: default: ^bb2,
// CHECK-NEXT: 42: ^bb1
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: "test.a"() : () -> ()
// CHECK-NEXT: return
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: cf.switch %arg0 : i32, [
// CHECK-NEXT: default: ^bb3,
// CHECK-NEXT: 43: ^bb4
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb3:  // pred: ^bb2
// CHECK-NEXT: "test.b"() : () -> ()
// CHECK-NEXT: return
// CHECK-NEXT: ^bb4:  // pred: ^bb2
// CHECK-NEXT: "test.d"() : () -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @switch_same_flag_default(%f : i32) {
  cf.switch %f : i32, [
    default: ^bb1,
    42: ^bb2
  ]
^bb2:
  "test.a"() : () -> ()
  return
^bb1:
  cf.switch %f : i32, [
    default: ^bb3,
    42: ^bb4,
    43: ^bb5
  ]
^bb3:
  "test.b"() : () -> ()
  return
^bb4:
  "test.c"() : () -> ()
  return
^bb5:
  "test.d"() : () -> ()
  return
}

// -----

// CHECK-LABEL: func.func @assert_true(
// CHECK-SAME: %arg0: i1) {
// CHECK-NEXT: cf.assert %arg0, "maybe"
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @assert_true(%c : i1) {
  %t = arith.constant true
  cf.assert %t, "always"
  cf.assert %c, "maybe"
  return
}

// -----

// CHECK-LABEL: func.func @unreachable_loop(
// CHECK-SAME: %arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
func.func @unreachable_loop(%c0 : i32) -> i32 {
  %f = arith.constant false
  cf.cond_br %f, ^bb1(%c0 : i32), ^bb2
^bb1(%a : i32):
  %x = arith.addi %a, %c0 : i32
  cf.br ^bb1(%x : i32)
^bb2:
  return %c0 : i32
}

// -----

// CHECK-LABEL: func.func @cond_br_passthrough_weights(
// CHECK-SAME: %arg0: i32, %arg1: i32, %arg2: i1) -> i32 {
// CHECK-NEXT: cf.cond_br %arg2 weights([30, 70]), ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: return %arg1 : i32
// CHECK-NEXT: }
func.func @cond_br_passthrough_weights(%arg0 : i32, %arg1 : i32, %cond : i1) -> i32 {
  cf.cond_br %cond weights([30,70]), ^bb1, ^bb3
^bb1:
  cf.br ^bb2
^bb3:
  cf.br ^bb4
^bb2:
  return %arg0 : i32
^bb4:
  return %arg1 : i32
}

// -----

// CHECK-LABEL: func.func @weights_const(
// CHECK-SAME: %arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
func.func @weights_const(%arg0 : i32, %arg1 : i32) -> i32 {
  %t = arith.constant true
  cf.cond_br %t weights([30,70]), ^bb1, ^bb2
^bb1:
  return %arg0 : i32
^bb2:
  return %arg1 : i32
}

// -----

// CHECK-LABEL: func.func @br_passthrough_pred(
// CHECK-SAME: %arg0: i32, %arg1: i32) -> (i32, i32) {
// CHECK-NEXT: "foo.switch"()[^bb1, ^bb2, ^bb3] : () -> ()
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: cf.br ^bb3(%arg0, %arg1 : i32, i32)
// CHECK-NEXT: ^bb2(%0: i32):  // pred: ^bb0
// CHECK-NEXT: cf.br ^bb3(%0, %arg1 : i32, i32)
// CHECK-NEXT: ^bb3(%1: i32, %2: i32):  // 3 preds: ^bb0, ^bb1, ^bb2
// CHECK-NEXT: return %1, %2 : i32, i32
// CHECK-NEXT: }
func.func @br_passthrough_pred(%arg0 : i32, %arg1 : i32) -> (i32, i32) {
  "foo.switch"() [^bb1, ^bb2, ^bb3] : () -> ()
^bb1:
  cf.br ^bb2(%arg0 : i32)
^bb2(%arg2 : i32):
  cf.br ^bb3(%arg2, %arg1 : i32, i32)
^bb3(%arg4 : i32, %arg5 : i32):
  return %arg4, %arg5 : i32, i32
}

// -----

// CHECK-LABEL: func.func @cycle_2_blocks(
// CHECK-SAME: ) {
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: ^bb1:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: }
func.func @cycle_2_blocks() {
  cf.br ^bb1
^bb1:
  cf.br ^bb2
^bb2:
  cf.br ^bb1
}

// -----

// CHECK-LABEL: func.func @cycle_4_blocks(
// CHECK-SAME: ) {
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: ^bb1:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: }
func.func @cycle_4_blocks() {
  cf.br ^bb1
^bb1:
  cf.br ^bb2
^bb2:
  cf.br ^bb3
^bb3:
  cf.br ^bb4
^bb4:
  cf.br ^bb1
}

// -----

// CHECK-LABEL: func.func @no_cycle_4_blocks(
// CHECK-SAME: ) -> i32 {
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: return %c1_i32 : i32
// CHECK-NEXT: }
func.func @no_cycle_4_blocks() -> i32 {
  cf.br ^bb1
^bb1:
  cf.br ^bb2
^bb2:
  cf.br ^bb3
^bb3:
  cf.br ^bb4
^bb4:
  %ret = arith.constant 1 : i32
  return %ret : i32
}

// -----

// CHECK-LABEL: func.func @cond_br_from_cond_br_with_same_condition(
// CHECK-SAME: %arg0: i1) {
// CHECK-NEXT: cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: return
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: "foo.terminator"() : () -> ()
// CHECK-NEXT: }
func.func @cond_br_from_cond_br_with_same_condition(%cond : i1) {
  cf.cond_br %cond, ^bb1, ^bb2
^bb1:
  cf.cond_br %cond, ^bb3, ^bb2
^bb2:
  "foo.terminator"() : () -> ()
^bb3:
  return
}

// -----

// CHECK-LABEL: func.func @switch_i8(
// CHECK-SAME: %arg0: i8, %arg1: f32) {
// CHECK-NEXT: "foo.pred"()[^bb1, ^bb2, ^bb3] : () -> ()
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: cf.switch %arg0 : i8, [
// CHECK-NEXT: default: ^bb2(%arg1 : f32),
// CHECK-NEXT: 255: ^bb3(%arg1 : f32)
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb2(%0: f32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: "foo.t2"(%0) : (f32) -> ()
// CHECK-NEXT: ^bb3(%1: f32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: "foo.t3"(%1) : (f32) -> ()
// CHECK-NEXT: }
func.func @switch_i8(%flag : i8, %a : f32) {
  "foo.pred"() [^bb1, ^bb2, ^bb3] : () -> ()
^bb1:
  cf.switch %flag : i8, [
    default: ^bb2(%a : f32),
    -1: ^bb3(%a : f32),
    255: ^bb2(%a : f32)
  ]
^bb2(%x : f32):
  "foo.t2"(%x) : (f32) -> ()
^bb3(%y : f32):
  "foo.t3"(%y) : (f32) -> ()
}

// -----

// CHECK-LABEL: func.func @switch_const_neg(
// CHECK-SAME: %arg0: f32, %arg1: f32) {
// CHECK-NEXT: "foo.pred"()[^bb1, ^bb2, ^bb3] : () -> ()
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: cf.br ^bb3(%arg1 : f32)
// CHECK-NEXT: ^bb2(%0: f32):  // pred: ^bb0
// CHECK-NEXT: "foo.t2"(%0) : (f32) -> ()
// CHECK-NEXT: ^bb3(%1: f32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: "foo.t3"(%1) : (f32) -> ()
// CHECK-NEXT: }
func.func @switch_const_neg(%a : f32, %b : f32) {
  %c = arith.constant -1 : i8
  "foo.pred"() [^bb1, ^bb2, ^bb3] : () -> ()
^bb1:
  cf.switch %c : i8, [
    default: ^bb2(%a : f32),
    255: ^bb3(%b : f32)
  ]
^bb2(%x : f32):
  "foo.t2"(%x) : (f32) -> ()
^bb3(%y : f32):
  "foo.t3"(%y) : (f32) -> ()
}
