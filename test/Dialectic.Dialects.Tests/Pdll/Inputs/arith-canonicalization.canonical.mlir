module {
  func.func @addi_addi_constant(%arg0: i32) -> i32 {
    %c3_i32 = arith.constant 3 : i32
    %0 = arith.addi %arg0, %c3_i32 overflow<nsw> : i32
    return %0 : i32
  }
  func.func @addi_subi_constant_rhs(%arg0: i32) -> i32 {
    %c4_i32 = arith.constant 4 : i32
    %0 = arith.addi %arg0, %c4_i32 : i32
    return %0 : i32
  }
  func.func @addi_subi_constant_lhs(%arg0: i64) -> i64 {
    %c6_i64 = arith.constant 6 : i64
    %0 = arith.subi %c6_i64, %arg0 overflow<nuw> : i64
    return %0 : i64
  }
  func.func @addi_muli_negative_one(%arg0: i32, %arg1: i32) -> (i32, i32) {
    %0 = arith.subi %arg0, %arg1 : i32
    %1 = arith.subi %arg1, %arg0 : i32
    return %0, %1 : i32, i32
  }
  func.func @addi_muli_negative_one_splat(%arg0: vector<4xi8>, %arg1: vector<4xi8>) -> vector<4xi8> {
    %0 = arith.subi %arg0, %arg1 : vector<4xi8>
    return %0 : vector<4xi8>
  }
  func.func @subi_rhs_addi_constant(%arg0: index) -> index {
    %c-4 = arith.constant -4 : index
    %0 = arith.addi %arg0, %c-4 : index
    return %0 : index
  }
  func.func @subi_lhs_addi_constant(%arg0: i16) -> i16 {
    %c4_i16 = arith.constant 4 : i16
    %0 = arith.subi %c4_i16, %arg0 overflow<nsw> : i16
    return %0 : i16
  }
  func.func @subi_subi(%arg0: i32) -> (i32, i32, i32, i32) {
    %c4_i32 = arith.constant 4 : i32
    %c-4_i32 = arith.constant -4 : i32
    %c10_i32 = arith.constant 10 : i32
    %0 = arith.subi %arg0, %c10_i32 : i32
    %1 = arith.subi %c-4_i32, %arg0 : i32
    %2 = arith.subi %c10_i32, %arg0 : i32
    %3 = arith.addi %arg0, %c4_i32 : i32
    return %0, %1, %2, %3 : i32, i32, i32, i32
  }
  func.func @subi_subi_lhs_rhs_lhs(%arg0: i32, %arg1: i32) -> i32 {
    %c0_i32 = arith.constant 0 : i32
    %0 = arith.subi %c0_i32, %arg1 overflow<nsw> : i32
    return %0 : i32
  }
  func.func @muli_muli_constant(%arg0: i8) -> i8 {
    %c44_i8 = arith.constant 44 : i8
    %0 = arith.muli %arg0, %c44_i8 : i8
    return %0 : i8
  }
  func.func @addui_extended_unused_overflow(%arg0: i32, %arg1: i32) -> i32 {
    %0 = arith.addi %arg0, %arg1 : i32
    return %0 : i32
  }
  func.func @mulsi_extended(%arg0: i32, %arg1: i32) -> (i32, i32, i32) {
    %c0_i32 = arith.constant 0 : i32
    %0 = arith.muli %arg0, %arg1 : i32
    %1 = arith.cmpi slt, %arg1, %c0_i32 : i32
    %2 = arith.extsi %1 : i1 to i32
    return %0, %arg1, %2 : i32, i32, i32
  }
  func.func @mului_extended_unused_high(%arg0: i32, %arg1: i32) -> i32 {
    %0 = arith.muli %arg0, %arg1 : i32
    return %0 : i32
  }
  func.func @xori_not_cmpi(%arg0: i32, %arg1: i32) -> i1 {
    %0 = arith.cmpi sge, %arg0, %arg1 : i32
    return %0 : i1
  }
  func.func @xori_andi_ori_of_ext(%arg0: i8, %arg1: i8) -> (i32, i32, i32, i32, i32, i32) {
    %0 = arith.xori %arg0, %arg1 : i8
    %1 = arith.extui %0 : i8 to i32
    %2 = arith.andi %arg0, %arg1 : i8
    %3 = arith.extui %2 : i8 to i32
    %4 = arith.ori %arg0, %arg1 : i8
    %5 = arith.extui %4 : i8 to i32
    %6 = arith.xori %arg0, %arg1 : i8
    %7 = arith.extsi %6 : i8 to i32
    %8 = arith.andi %arg0, %arg1 : i8
    %9 = arith.extsi %8 : i8 to i32
    %10 = arith.ori %arg0, %arg1 : i8
    %11 = arith.extsi %10 : i8 to i32
    return %1, %3, %5, %7, %9, %11 : i32, i32, i32, i32, i32, i32
  }
  func.func @cmpi_of_ext(%arg0: i8, %arg1: i8) -> (i1, i1, i1) {
    %0 = arith.cmpi eq, %arg0, %arg1 : i8
    %1 = arith.extui %arg0 : i8 to i32
    %2 = arith.extui %arg1 : i8 to i32
    %3 = arith.cmpi ne, %arg0, %arg1 : i8
    %4 = arith.cmpi slt, %1, %2 : i32
    return %0, %3, %4 : i1, i1, i1
  }
  func.func @select_patterns(%arg0: i1, %arg1: i32, %arg2: i32, %arg3: i32) -> (i32, i32, i32, i1) {
    %true = arith.constant true
    %0 = arith.select %arg0, %arg1, %arg3 : i32
    %1 = arith.select %arg0, %arg1, %arg3 : i32
    %2 = arith.select %arg0, %arg2, %arg1 : i32
    %3 = arith.xori %arg0, %true : i1
    return %0, %1, %2, %3 : i32, i32, i32, i1
  }
  func.func @casts(%arg0: index, %arg1: i16, %arg2: f16) -> (index, index, index, index, i64, bf16) {
    %0 = arith.index_cast %arg1 : i16 to index
    %1 = arith.index_castui %arg1 : i16 to index
    %2 = arith.bitcast %arg2 : f16 to bf16
    %3 = arith.extui %arg1 : i16 to i64
    return %arg0, %0, %arg0, %1, %3, %2 : index, index, index, index, i64, bf16
  }
  func.func @trunci(%arg0: i8, %arg1: i32) -> (i16, i16, i16) {
    %c16_i32 = arith.constant 16 : i32
    %0 = arith.extsi %arg0 : i8 to i16
    %1 = arith.extui %arg0 : i8 to i16
    %2 = arith.shrui %arg1, %c16_i32 : i32
    %3 = arith.trunci %2 : i32 to i16
    return %0, %1, %3 : i16, i16, i16
  }
  func.func @truncf(%arg0: i32) -> (f32, f32, f32) {
    %0 = arith.sitofp %arg0 : i32 to f32
    %1 = arith.uitofp %arg0 : i32 to f64
    %2 = arith.uitofp %arg0 : i32 to f32
    %3 = arith.truncf %1 to_nearest_away : f64 to f32
    return %0, %2, %3 : f32, f32, f32
  }
  func.func @negf(%arg0: f32, %arg1: f32) -> (f32, f32) {
    %0 = arith.mulf %arg0, %arg1 fastmath<nnan> : f32
    %1 = arith.divf %arg0, %arg1 : f32
    return %0, %1 : f32, f32
  }
}

