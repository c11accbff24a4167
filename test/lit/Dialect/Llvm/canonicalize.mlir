// RUN: dialectic-opt %s --canonicalize --split-input-file | FileCheck %s

// llvm.extractvalue folding (the only llvm folder so far), checked against mlir-opt-22 --canonicalize: a value
// read back from the insertvalue that put it there, through inserts at other positions, through an extract of an
// extract, and into an inserted aggregate; an overlapping insert stops the search.

// CHECK-LABEL: llvm.func @extract_inserted(%arg0: i32, %arg1: f32) -> f32 {
// CHECK-NEXT:   llvm.return %arg1 : f32
// CHECK-NEXT: }
llvm.func @extract_inserted(%a: i32, %b: f32) -> f32 {
  %0 = llvm.mlir.poison : !llvm.struct<(i32, f32)>
  %1 = llvm.insertvalue %a, %0[0] : !llvm.struct<(i32, f32)>
  %2 = llvm.insertvalue %b, %1[1] : !llvm.struct<(i32, f32)>
  %3 = llvm.extractvalue %2[1] : !llvm.struct<(i32, f32)>
  llvm.return %3 : f32
}

// -----

// CHECK-LABEL: llvm.func @extract_through_other_inserts(%arg0: !llvm.struct<(i32, f32, i64)>, %arg1: i32) -> i64 {
// CHECK-NEXT:   %0 = llvm.extractvalue %arg0[2] : !llvm.struct<(i32, f32, i64)>
// CHECK-NEXT:   llvm.return %0 : i64
// CHECK-NEXT: }
llvm.func @extract_through_other_inserts(%s: !llvm.struct<(i32, f32, i64)>, %a: i32) -> i64 {
  %0 = llvm.insertvalue %a, %s[0] : !llvm.struct<(i32, f32, i64)>
  %1 = llvm.extractvalue %0[2] : !llvm.struct<(i32, f32, i64)>
  llvm.return %1 : i64
}

// -----

// CHECK-LABEL: llvm.func @extract_of_extract(%arg0: !llvm.struct<(i32, array<2 x i64>)>) -> i64 {
// CHECK-NEXT:   %0 = llvm.extractvalue %arg0[1, 1] : !llvm.struct<(i32, array<2 x i64>)>
// CHECK-NEXT:   llvm.return %0 : i64
// CHECK-NEXT: }
llvm.func @extract_of_extract(%s: !llvm.struct<(i32, array<2 x i64>)>) -> i64 {
  %0 = llvm.extractvalue %s[1] : !llvm.struct<(i32, array<2 x i64>)>
  %1 = llvm.extractvalue %0[1] : !llvm.array<2 x i64>
  llvm.return %1 : i64
}

// -----

// CHECK-LABEL: llvm.func @extract_from_inserted_aggregate(%arg0: i64, %arg1: !llvm.struct<(i32, array<2 x i64>)>) -> i64 {
// CHECK-NEXT:   llvm.return %arg0 : i64
// CHECK-NEXT: }
llvm.func @extract_from_inserted_aggregate(%a: i64, %s: !llvm.struct<(i32, array<2 x i64>)>) -> i64 {
  %0 = llvm.mlir.poison : !llvm.array<2 x i64>
  %1 = llvm.insertvalue %a, %0[0] : !llvm.array<2 x i64>
  %2 = llvm.insertvalue %1, %s[1] : !llvm.struct<(i32, array<2 x i64>)>
  %3 = llvm.extractvalue %2[1, 0] : !llvm.struct<(i32, array<2 x i64>)>
  llvm.return %3 : i64
}

// -----

// CHECK-LABEL: llvm.func @overlapping_insert_blocks_folding(%arg0: f32, %arg1: !llvm.array<4 x f32>, %arg2: !llvm.array<4 x array<4 x f32>>) -> f32 {
// CHECK-NEXT:   %0 = llvm.insertvalue %arg0, %arg2[0, 0] : !llvm.array<4 x array<4 x f32>>
// CHECK-NEXT:   %1 = llvm.insertvalue %arg1, %0[0] : !llvm.array<4 x array<4 x f32>>
// CHECK-NEXT:   %2 = llvm.extractvalue %1[0, 0] : !llvm.array<4 x array<4 x f32>>
// CHECK-NEXT:   llvm.return %2 : f32
// CHECK-NEXT: }
llvm.func @overlapping_insert_blocks_folding(%f: f32, %arr: !llvm.array<4 x f32>, %c: !llvm.array<4 x array<4 x f32>>) -> f32 {
  %0 = llvm.insertvalue %f, %c[0, 0] : !llvm.array<4 x array<4 x f32>>
  %1 = llvm.insertvalue %arr, %0[0] : !llvm.array<4 x array<4 x f32>>
  %2 = llvm.extractvalue %1[0, 0] : !llvm.array<4 x array<4 x f32>>
  llvm.return %2 : f32
}

// -----

// llvm.mlir.zero is constant-like (its folder gives #llvm.zero): canonicalization uniques and hoists it.
// CHECK-LABEL: llvm.func @zeros_are_uniqued(%arg0: i1) -> !llvm.ptr {
// CHECK-NEXT:    %0 = llvm.mlir.zero : !llvm.ptr
// CHECK-NEXT:    %1 = llvm.select %arg0, %0, %0 : i1, !llvm.ptr
// CHECK-NEXT:    llvm.return %1 : !llvm.ptr
// CHECK-NEXT:  }
llvm.func @zeros_are_uniqued(%c: i1) -> !llvm.ptr {
  %a = llvm.mlir.zero : !llvm.ptr
  %b = llvm.mlir.zero : !llvm.ptr
  %s = llvm.select %c, %a, %b : i1, !llvm.ptr
  llvm.return %s : !llvm.ptr
}
