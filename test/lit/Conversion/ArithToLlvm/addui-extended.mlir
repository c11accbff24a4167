// RUN: dialectic-opt %s --convert-arith-to-llvm | FileCheck %s

// arith.addui_extended lowers to llvm.intr.uadd.with.overflow and two extractvalues, as upstream
// (CHECK lines from mlir-opt-22).

// CHECK-LABEL: func.func @addui_extended(%arg0: i32, %arg1: i32) -> (i32, i1) {
// CHECK-NEXT: %0 = "llvm.intr.uadd.with.overflow"(%arg0, %arg1) : (i32, i32) -> !llvm.struct<(i32, i1)>
// CHECK-NEXT: %1 = llvm.extractvalue %0[0] : !llvm.struct<(i32, i1)>
// CHECK-NEXT: %2 = llvm.extractvalue %0[1] : !llvm.struct<(i32, i1)>
// CHECK-NEXT: return %1, %2 : i32, i1
func.func @addui_extended(%a: i32, %b: i32) -> (i32, i1) {
  %s, %o = arith.addui_extended %a, %b : i32, i1
  return %s, %o : i32, i1
}

// CHECK-LABEL: func.func @addui_extended_vector(%arg0: vector<4xi8>, %arg1: vector<4xi8>) -> (vector<4xi8>, vector<4xi1>) {
// CHECK-NEXT: %0 = "llvm.intr.uadd.with.overflow"(%arg0, %arg1) : (vector<4xi8>, vector<4xi8>) -> !llvm.struct<(vector<4xi8>, vector<4xi1>)>
// CHECK-NEXT: %1 = llvm.extractvalue %0[0] : !llvm.struct<(vector<4xi8>, vector<4xi1>)>
// CHECK-NEXT: %2 = llvm.extractvalue %0[1] : !llvm.struct<(vector<4xi8>, vector<4xi1>)>
// CHECK-NEXT: return %1, %2 : vector<4xi8>, vector<4xi1>
func.func @addui_extended_vector(%a: vector<4xi8>, %b: vector<4xi8>) -> (vector<4xi8>, vector<4xi1>) {
  %s, %o = arith.addui_extended %a, %b : vector<4xi8>, vector<4xi1>
  return %s, %o : vector<4xi8>, vector<4xi1>
}
