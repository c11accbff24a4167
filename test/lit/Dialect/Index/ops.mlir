// RUN: dialectic-opt --allow-unregistered-dialect %s | dialectic-opt --allow-unregistered-dialect | FileCheck %s
// RUN: dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic %s | dialectic-opt --allow-unregistered-dialect | FileCheck %s

// Round trip of every index op (custom -> custom, and custom -> generic -> custom); the CHECK lines are
// mlir-opt-22's output. Constants name their results after their values (%idx42, %idx-1, %true, %false).

// CHECK-LABEL: func.func @add_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.add %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @add_values(%a: index, %b: index) -> index {
  %0 = index.add %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @sub_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.sub %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @sub_values(%a: index, %b: index) -> index {
  %0 = index.sub %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @mul_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.mul %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @mul_values(%a: index, %b: index) -> index {
  %0 = index.mul %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @divs_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.divs %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @divs_values(%a: index, %b: index) -> index {
  %0 = index.divs %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @divu_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.divu %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @divu_values(%a: index, %b: index) -> index {
  %0 = index.divu %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @ceildivs_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.ceildivs %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @ceildivs_values(%a: index, %b: index) -> index {
  %0 = index.ceildivs %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @ceildivu_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.ceildivu %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @ceildivu_values(%a: index, %b: index) -> index {
  %0 = index.ceildivu %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @floordivs_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.floordivs %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @floordivs_values(%a: index, %b: index) -> index {
  %0 = index.floordivs %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @rems_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.rems %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @rems_values(%a: index, %b: index) -> index {
  %0 = index.rems %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @remu_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.remu %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @remu_values(%a: index, %b: index) -> index {
  %0 = index.remu %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @maxs_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.maxs %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @maxs_values(%a: index, %b: index) -> index {
  %0 = index.maxs %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @maxu_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.maxu %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @maxu_values(%a: index, %b: index) -> index {
  %0 = index.maxu %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @mins_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.mins %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @mins_values(%a: index, %b: index) -> index {
  %0 = index.mins %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @minu_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.minu %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @minu_values(%a: index, %b: index) -> index {
  %0 = index.minu %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @shl_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.shl %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @shl_values(%a: index, %b: index) -> index {
  %0 = index.shl %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @shrs_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.shrs %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @shrs_values(%a: index, %b: index) -> index {
  %0 = index.shrs %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @shru_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.shru %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @shru_values(%a: index, %b: index) -> index {
  %0 = index.shru %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @and_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.and %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @and_values(%a: index, %b: index) -> index {
  %0 = index.and %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @or_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.or %arg0, %arg1
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @or_values(%a: index, %b: index) -> index {
  %0 = index.or %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @xor_values(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:    %0 = index.xor %arg0, %arg1 {tag = 1 : i32}
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @xor_values(%a: index, %b: index) -> index {
  %0 = index.xor %a, %b {tag = 1 : i32}
  return %0 : index
}

// CHECK-LABEL: func.func @casts_both_ways(%arg0: index, %arg1: i64, %arg2: i1) -> (i32, index, index) {
// CHECK-NEXT:    %0 = index.casts %arg0 : index to i32
// CHECK-NEXT:    %1 = index.casts %arg1 : i64 to index
// CHECK-NEXT:    %2 = index.casts %arg2 : i1 to index
// CHECK-NEXT:    return %0, %1, %2 : i32, index, index
// CHECK-NEXT:  }
func.func @casts_both_ways(%a: index, %b: i64, %c: i1) -> (i32, index, index) {
  %0 = index.casts %a : index to i32
  %1 = index.casts %b : i64 to index
  %2 = index.casts %c : i1 to index
  return %0, %1, %2 : i32, index, index
}

// CHECK-LABEL: func.func @castu_both_ways(%arg0: index, %arg1: i8, %arg2: si16) -> (i128, index, index) {
// CHECK-NEXT:    %0 = index.castu %arg0 : index to i128
// CHECK-NEXT:    %1 = index.castu %arg1 : i8 to index
// CHECK-NEXT:    %2 = index.castu %arg2 : si16 to index
// CHECK-NEXT:    return %0, %1, %2 : i128, index, index
// CHECK-NEXT:  }
func.func @castu_both_ways(%a: index, %b: i8, %c: si16) -> (i128, index, index) {
  %0 = index.castu %a : index to i128
  %1 = index.castu %b : i8 to index
  %2 = index.castu %c : si16 to index
  return %0, %1, %2 : i128, index, index
}

// CHECK-LABEL: func.func @cmp_predicates(%arg0: index, %arg1: index) {
// CHECK-NEXT:    %0 = index.cmp eq(%arg0, %arg1)
// CHECK-NEXT:    %1 = index.cmp ne(%arg0, %arg1)
// CHECK-NEXT:    %2 = index.cmp slt(%arg0, %arg1)
// CHECK-NEXT:    %3 = index.cmp sle(%arg0, %arg1)
// CHECK-NEXT:    %4 = index.cmp sgt(%arg0, %arg1)
// CHECK-NEXT:    %5 = index.cmp sge(%arg0, %arg1)
// CHECK-NEXT:    %6 = index.cmp ult(%arg0, %arg1)
// CHECK-NEXT:    %7 = index.cmp ule(%arg0, %arg1)
// CHECK-NEXT:    %8 = index.cmp ugt(%arg0, %arg1)
// CHECK-NEXT:    %9 = index.cmp uge(%arg0, %arg1) {tag}
// CHECK-NEXT:    "test.use"(%0, %1, %2, %3, %4, %5, %6, %7, %8, %9) : (i1, i1, i1, i1, i1, i1, i1, i1, i1, i1) -> ()
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @cmp_predicates(%a: index, %b: index) {
  %0 = index.cmp eq(%a, %b)
  %1 = index.cmp ne(%a, %b)
  %2 = index.cmp slt(%a, %b)
  %3 = index.cmp sle(%a, %b)
  %4 = index.cmp sgt(%a, %b)
  %5 = index.cmp sge(%a, %b)
  %6 = index.cmp ult(%a, %b)
  %7 = index.cmp ule(%a, %b)
  %8 = index.cmp ugt(%a, %b)
  %9 = index.cmp uge(%a, %b) {tag}
  "test.use"(%0, %1, %2, %3, %4, %5, %6, %7, %8, %9) : (i1, i1, i1, i1, i1, i1, i1, i1, i1, i1) -> ()
  return
}

// CHECK-LABEL: func.func @sizeof_value() -> index {
// CHECK-NEXT:    %0 = index.sizeof
// CHECK-NEXT:    %1 = index.sizeof {tag}
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @sizeof_value() -> index {
  %0 = index.sizeof
  %1 = index.sizeof {tag}
  return %0 : index
}

// CHECK-LABEL: func.func @constant_names() -> (index, index, index, index, index) {
// CHECK-NEXT:    %idx42 = index.constant 42
// CHECK-NEXT:    %idx-1 = index.constant -1
// CHECK-NEXT:    %idx0 = index.constant 0
// CHECK-NEXT:    %idx9223372036854775807 = index.constant 9223372036854775807
// CHECK-NEXT:    %idx-9223372036854775808 = index.constant {tag} -9223372036854775808
// CHECK-NEXT:    return %idx42, %idx-1, %idx0, %idx9223372036854775807, %idx-9223372036854775808 : index, index, index, index, index
// CHECK-NEXT:  }
func.func @constant_names() -> (index, index, index, index, index) {
  %0 = index.constant 42
  %1 = index.constant -1
  %2 = index.constant 0
  %3 = index.constant 9223372036854775807
  %4 = index.constant {tag} -9223372036854775808
  return %0, %1, %2, %3, %4 : index, index, index, index, index
}

// CHECK-LABEL: func.func @bool_constant_names() -> (i1, i1, i1) {
// CHECK-NEXT:    %true = index.bool.constant true
// CHECK-NEXT:    %false = index.bool.constant false
// CHECK-NEXT:    %true_0 = index.bool.constant true
// CHECK-NEXT:    return %true, %false, %true_0 : i1, i1, i1
// CHECK-NEXT:  }
func.func @bool_constant_names() -> (i1, i1, i1) {
  %0 = index.bool.constant true
  %1 = index.bool.constant false
  %2 = index.bool.constant 1
  return %0, %1, %2 : i1, i1, i1
}
