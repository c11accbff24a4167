// RUN: dialectic-opt %s | dialectic-opt | FileCheck %s
// RUN: dialectic-opt %s --mlir-print-op-generic | dialectic-opt | FileCheck %s

// Round trip of the cf dialect (custom -> custom, custom -> generic -> custom); the CHECK lines are
// mlir-opt-22's output. Case values print as the unsigned value of their bits (-3 : i32 is 4294967293; 300 : i8
// wraps to 44), and a switch with only a default closes its bracket on the same line, as mlir-opt prints them.

// CHECK-LABEL: func.func @br_no_operands() {
// CHECK-NEXT:    cf.br ^bb1
// CHECK-NEXT:  ^bb1:  // pred: ^bb0
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @br_no_operands() {
  cf.br ^bb1
^bb1:
  return
}

// CHECK-LABEL: func.func @br_operands(%arg0: i32, %arg1: f32) -> i32 {
// CHECK-NEXT:    cf.br ^bb1(%arg0, %arg1 : i32, f32)
// CHECK-NEXT:  ^bb1(%0: i32, %1: f32):  // pred: ^bb0
// CHECK-NEXT:    return %0 : i32
// CHECK-NEXT:  }
func.func @br_operands(%a: i32, %b: f32) -> i32 {
  cf.br ^bb1(%a, %b : i32, f32)
^bb1(%x: i32, %y: f32):
  return %x : i32
}

// CHECK-LABEL: func.func @br_attr() {
// CHECK-NEXT:    cf.br ^bb1 {hint = "loop"}
// CHECK-NEXT:  ^bb1:  // pred: ^bb0
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @br_attr() {
  cf.br ^bb1 {hint = "loop"}
^bb1:
  return
}

// CHECK-LABEL: func.func @cond_br_plain(%arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT:    cf.cond_br %arg0, ^bb1(%arg1 : i32), ^bb2
// CHECK-NEXT:  ^bb1(%0: i32):  // pred: ^bb0
// CHECK-NEXT:    return %0 : i32
// CHECK-NEXT:  ^bb2:  // pred: ^bb0
// CHECK-NEXT:    return %arg1 : i32
// CHECK-NEXT:  }
func.func @cond_br_plain(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  return %x : i32
^bb2:
  return %a : i32
}

// CHECK-LABEL: func.func @cond_br_weights(%arg0: i1, %arg1: i32, %arg2: i64) {
// CHECK-NEXT:    cf.cond_br %arg0 weights([3, 5]), ^bb1(%arg1 : i32), ^bb2(%arg1, %arg2 : i32, i64)
// CHECK-NEXT:  ^bb1(%0: i32):  // pred: ^bb0
// CHECK-NEXT:    return
// CHECK-NEXT:  ^bb2(%1: i32, %2: i64):  // pred: ^bb0
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @cond_br_weights(%c: i1, %a: i32, %b: i64) {
  cf.cond_br %c weights([3, 5]), ^bb1(%a : i32), ^bb2(%a, %b : i32, i64)
^bb1(%x: i32):
  return
^bb2(%y: i32, %z: i64):
  return
}

// CHECK-LABEL: func.func @cond_br_same_block(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT:    cf.cond_br %arg0, ^bb1(%arg1 : i32), ^bb1(%arg2 : i32) {tag}
// CHECK-NEXT:  ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb0
// CHECK-NEXT:    return %0 : i32
// CHECK-NEXT:  }
func.func @cond_br_same_block(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb1(%b : i32) {tag}
^bb1(%x: i32):
  return %x : i32
}

// CHECK-LABEL: func.func @cond_br_loop(%arg0: i1) {
// CHECK-NEXT:    cf.br ^bb1
// CHECK-NEXT:  ^bb1:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:    cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT:  ^bb2:  // pred: ^bb1
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @cond_br_loop(%c: i1) {
  cf.br ^bb1
^bb1:
  cf.cond_br %c, ^bb1, ^bb2
^bb2:
  return
}

// CHECK-LABEL: func.func @switch_cases(%arg0: i32, %arg1: i32, %arg2: f32) {
// CHECK-NEXT:    cf.switch %arg0 : i32, [
// CHECK-NEXT:      default: ^bb1(%arg1 : i32),
// CHECK-NEXT:      42: ^bb1(%arg0 : i32),
// CHECK-NEXT:      4294967293: ^bb2(%arg1, %arg2 : i32, f32),
// CHECK-NEXT:      7: ^bb3
// CHECK-NEXT:    ]
// CHECK-NEXT:  ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb0
// CHECK-NEXT:    return
// CHECK-NEXT:  ^bb2(%1: i32, %2: f32):  // pred: ^bb0
// CHECK-NEXT:    return
// CHECK-NEXT:  ^bb3:  // pred: ^bb0
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @switch_cases(%flag: i32, %a: i32, %b: f32) {
  cf.switch %flag : i32, [
    default: ^bb1(%a : i32),
    42: ^bb1(%flag : i32),
    -3: ^bb2(%a, %b : i32, f32),
    7: ^bb3
  ]
^bb1(%x: i32):
  return
^bb2(%y: i32, %z: f32):
  return
^bb3:
  return
}

// CHECK-LABEL: func.func @switch_default_only(%arg0: i64, %arg1: i64) {
// CHECK-NEXT:    cf.switch %arg0 : i64, [
// CHECK-NEXT:      default: ^bb1(%arg1 : i64)]
// CHECK-NEXT:  ^bb1(%0: i64):  // pred: ^bb0
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @switch_default_only(%flag: i64, %a: i64) {
  cf.switch %flag : i64, [
    default: ^bb1(%a : i64)
  ]
^bb1(%x: i64):
  return
}

// CHECK-LABEL: func.func @switch_same_values(%arg0: i8) {
// CHECK-NEXT:    cf.switch %arg0 : i8, [
// CHECK-NEXT:      default: ^bb1,
// CHECK-NEXT:      255: ^bb1,
// CHECK-NEXT:      255: ^bb1,
// CHECK-NEXT:      44: ^bb1
// CHECK-NEXT:    ] {note = 1 : i32}
// CHECK-NEXT:  ^bb1:  // 4 preds: ^bb0, ^bb0, ^bb0, ^bb0
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @switch_same_values(%flag: i8) {
  cf.switch %flag : i8, [
    default: ^bb1,
    -1: ^bb1,
    255: ^bb1,
    300: ^bb1
  ] {note = 1 : i32}
^bb1:
  return
}

// CHECK-LABEL: func.func @switch_i1(%arg0: i1) {
// CHECK-NEXT:    cf.switch %arg0 : i1, [
// CHECK-NEXT:      default: ^bb1,
// CHECK-NEXT:      1: ^bb1,
// CHECK-NEXT:      0: ^bb1
// CHECK-NEXT:    ]
// CHECK-NEXT:  ^bb1:  // 3 preds: ^bb0, ^bb0, ^bb0
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @switch_i1(%flag: i1) {
  cf.switch %flag : i1, [
    default: ^bb1,
    true: ^bb1,
    false: ^bb1
  ]
^bb1:
  return
}

// CHECK-LABEL: func.func @assert_msg(%arg0: i1) {
// CHECK-NEXT:    cf.assert %arg0, "expected \22c\22 to hold\0A"
// CHECK-NEXT:    cf.assert %arg0, "" {note}
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @assert_msg(%c: i1) {
  cf.assert %c, "expected \"c\" to hold\n"
  cf.assert %c, "" {note}
  return
}
