// One function per arith pattern written in PDLL (Dialects/Arith/Transforms/ArithCanonicalization.pdll), chosen
// so that upstream applies no other canonicalization pattern than those. arith-canonicalization.canonical.mlir
// is `mlir-opt-22 --canonicalize` of this file (ArithPdllCanonicalizationTests checks that it still is).
func.func @addi_addi_constant(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %0 = arith.addi %x, %c1 overflow<nsw, nuw> : i32
  %1 = arith.addi %0, %c2 overflow<nsw> : i32
  return %1 : i32
}
func.func @addi_subi_constant_rhs(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %c5 = arith.constant 5 : i32
  %0 = arith.subi %x, %c1 : i32
  %1 = arith.addi %0, %c5 : i32
  return %1 : i32
}
func.func @addi_subi_constant_lhs(%x: i64) -> i64 {
  %c1 = arith.constant 1 : i64
  %c5 = arith.constant 5 : i64
  %0 = arith.subi %c1, %x overflow<nuw> : i64
  %1 = arith.addi %0, %c5 overflow<nuw> : i64
  return %1 : i64
}
func.func @addi_muli_negative_one(%x: i32, %y: i32) -> (i32, i32) {
  %m1 = arith.constant -1 : i32
  %0 = arith.muli %y, %m1 : i32
  %1 = arith.addi %x, %0 : i32
  %2 = arith.muli %x, %m1 : i32
  %3 = arith.addi %2, %y : i32
  return %1, %3 : i32, i32
}
func.func @addi_muli_negative_one_splat(%x: vector<4xi8>, %y: vector<4xi8>) -> vector<4xi8> {
  %m1 = arith.constant dense<-1> : vector<4xi8>
  %0 = arith.muli %y, %m1 : vector<4xi8>
  %1 = arith.addi %x, %0 : vector<4xi8>
  return %1 : vector<4xi8>
}
func.func @subi_rhs_addi_constant(%x: index) -> index {
  %c3 = arith.constant 3 : index
  %c7 = arith.constant 7 : index
  %0 = arith.addi %x, %c3 : index
  %1 = arith.subi %0, %c7 : index
  return %1 : index
}
func.func @subi_lhs_addi_constant(%x: i16) -> i16 {
  %c3 = arith.constant 3 : i16
  %c7 = arith.constant 7 : i16
  %0 = arith.addi %x, %c3 overflow<nsw> : i16
  %1 = arith.subi %c7, %0 overflow<nsw> : i16
  return %1 : i16
}
func.func @subi_subi(%x: i32) -> (i32, i32, i32, i32) {
  %c3 = arith.constant 3 : i32
  %c7 = arith.constant 7 : i32
  %0 = arith.subi %x, %c3 : i32
  %1 = arith.subi %0, %c7 : i32
  %2 = arith.subi %c3, %x : i32
  %3 = arith.subi %2, %c7 : i32
  %4 = arith.subi %x, %c3 : i32
  %5 = arith.subi %c7, %4 : i32
  %6 = arith.subi %c3, %x : i32
  %7 = arith.subi %c7, %6 : i32
  return %1, %3, %5, %7 : i32, i32, i32, i32
}
func.func @subi_subi_lhs_rhs_lhs(%a: i32, %b: i32) -> i32 {
  %0 = arith.subi %a, %b overflow<nsw> : i32
  %1 = arith.subi %0, %a overflow<nsw, nuw> : i32
  return %1 : i32
}
func.func @muli_muli_constant(%x: i8) -> i8 {
  %c3 = arith.constant 3 : i8
  %c100 = arith.constant 100 : i8
  %0 = arith.muli %x, %c3 : i8
  %1 = arith.muli %0, %c100 : i8
  return %1 : i8
}
func.func @addui_extended_unused_overflow(%x: i32, %y: i32) -> i32 {
  %sum, %overflow = arith.addui_extended %x, %y : i32, i1
  return %sum : i32
}
func.func @mulsi_extended(%x: i32, %y: i32) -> (i32, i32, i32) {
  %low, %high = arith.mulsi_extended %x, %y : i32
  %c1 = arith.constant 1 : i32
  %l2, %h2 = arith.mulsi_extended %y, %c1 : i32
  return %low, %l2, %h2 : i32, i32, i32
}
func.func @mului_extended_unused_high(%x: i32, %y: i32) -> i32 {
  %low, %high = arith.mului_extended %x, %y : i32
  return %low : i32
}
func.func @xori_not_cmpi(%a: i32, %b: i32) -> i1 {
  %true = arith.constant true
  %0 = arith.cmpi slt, %a, %b : i32
  %1 = arith.xori %0, %true : i1
  return %1 : i1
}
func.func @xori_andi_ori_of_ext(%a: i8, %b: i8) -> (i32, i32, i32, i32, i32, i32) {
  %0 = arith.extui %a : i8 to i32
  %1 = arith.extui %b : i8 to i32
  %2 = arith.xori %0, %1 : i32
  %3 = arith.andi %0, %1 : i32
  %4 = arith.ori %0, %1 : i32
  %5 = arith.extsi %a : i8 to i32
  %6 = arith.extsi %b : i8 to i32
  %7 = arith.xori %5, %6 : i32
  %8 = arith.andi %5, %6 : i32
  %9 = arith.ori %5, %6 : i32
  return %2, %3, %4, %7, %8, %9 : i32, i32, i32, i32, i32, i32
}
func.func @cmpi_of_ext(%a: i8, %b: i8) -> (i1, i1, i1) {
  %0 = arith.extsi %a : i8 to i32
  %1 = arith.extsi %b : i8 to i32
  %2 = arith.cmpi eq, %0, %1 : i32
  %3 = arith.extui %a : i8 to i32
  %4 = arith.extui %b : i8 to i32
  %5 = arith.cmpi ne, %3, %4 : i32
  %6 = arith.cmpi slt, %3, %4 : i32
  return %2, %5, %6 : i1, i1, i1
}
func.func @select_patterns(%c: i1, %a: i32, %b: i32, %d: i32) -> (i32, i32, i32, i1) {
  %true = arith.constant true
  %false = arith.constant false
  %0 = arith.select %c, %a, %b : i32
  %1 = arith.select %c, %0, %d : i32
  %2 = arith.select %c, %b, %d : i32
  %3 = arith.select %c, %a, %2 : i32
  %not = arith.xori %c, %true : i1
  %4 = arith.select %not, %a, %b : i32
  %5 = arith.select %c, %false, %true : i1
  return %1, %3, %4, %5 : i32, i32, i32, i1
}
func.func @casts(%x: index, %y: i16, %f: f16) -> (index, index, index, index, i64, bf16) {
  %0 = arith.index_cast %x : index to i64
  %1 = arith.index_cast %0 : i64 to index
  %2 = arith.extsi %y : i16 to i32
  %3 = arith.index_cast %2 : i32 to index
  %4 = arith.index_castui %x : index to i32
  %5 = arith.index_castui %4 : i32 to index
  %6 = arith.extui %y : i16 to i32
  %7 = arith.index_castui %6 : i32 to index
  %8 = arith.bitcast %f : f16 to i16
  %9 = arith.bitcast %8 : i16 to bf16
  %10 = arith.extui %y : i16 to i32
  %11 = arith.extsi %10 : i32 to i64
  return %1, %3, %5, %7, %11, %9 : index, index, index, index, i64, bf16
}
func.func @trunci(%x: i8, %y: i32) -> (i16, i16, i16) {
  %0 = arith.extsi %x : i8 to i32
  %1 = arith.trunci %0 : i32 to i16
  %2 = arith.extui %x : i8 to i32
  %3 = arith.trunci %2 : i32 to i16
  %c16 = arith.constant 16 : i32
  %4 = arith.shrsi %y, %c16 : i32
  %5 = arith.trunci %4 : i32 to i16
  return %1, %3, %5 : i16, i16, i16
}
func.func @truncf(%x: i32) -> (f32, f32, f32) {
  %0 = arith.sitofp %x : i32 to f64
  %1 = arith.truncf %0 : f64 to f32
  %2 = arith.uitofp %x : i32 to f64
  %3 = arith.truncf %2 : f64 to f32
  %4 = arith.truncf %2 to_nearest_away : f64 to f32
  return %1, %3, %4 : f32, f32, f32
}
func.func @negf(%x: f32, %y: f32) -> (f32, f32) {
  %0 = arith.negf %x : f32
  %1 = arith.negf %y : f32
  %2 = arith.mulf %0, %1 fastmath<nnan> : f32
  %3 = arith.divf %0, %1 : f32
  return %2, %3 : f32, f32
}
