// RUN: dialectic-opt --test-constant-fold %s | FileCheck %s

// The memref folders (MLIR's fold(), not canonicalization patterns): constant dims and ranks, values forwarded
// from allocations and views, casts folded into their users in place, and chains of views collapsed. The CHECK
// lines are mlir-opt-22's `--test-single-fold` output for this file (see fold-mlir-opt.mlir).

// CHECK-LABEL: func.func @dim_static(%arg0: memref<4x?xf32>) -> index {
// CHECK-NEXT:   %c4 = arith.constant 4 : index
// CHECK-NEXT:   return %c4 : index
// CHECK-NEXT: }
func.func @dim_static(%m: memref<4x?xf32>) -> index {
  %c0 = arith.constant 0 : index
  %0 = memref.dim %m, %c0 : memref<4x?xf32>
  return %0 : index
}

// CHECK-LABEL: func.func @dim_alloc(%arg0: index) -> index {
// CHECK-NEXT:   %alloc = memref.alloc(%arg0) : memref<4x?xf32>
// CHECK-NEXT:   return %arg0 : index
// CHECK-NEXT: }
func.func @dim_alloc(%d: index) -> index {
  %c1 = arith.constant 1 : index
  %a = memref.alloc(%d) : memref<4x?xf32>
  %0 = memref.dim %a, %c1 : memref<4x?xf32>
  return %0 : index
}

// CHECK-LABEL: func.func @dim_cast(%arg0: memref<?xf32>) -> index {
// CHECK-NEXT:   %c0 = arith.constant 0 : index
// CHECK-NEXT:   %cast = memref.cast %arg0 : memref<?xf32> to memref<?xf32, strided<[?], offset: ?>>
// CHECK-NEXT:   %dim = memref.dim %arg0, %c0 : memref<?xf32>
// CHECK-NEXT:   return %dim : index
// CHECK-NEXT: }
func.func @dim_cast(%m: memref<?xf32>) -> index {
  %c0 = arith.constant 0 : index
  %c = memref.cast %m : memref<?xf32> to memref<?xf32, strided<[?], offset: ?>>
  %0 = memref.dim %c, %c0 : memref<?xf32, strided<[?], offset: ?>>
  return %0 : index
}

// CHECK-LABEL: func.func @rank_fold(%arg0: memref<4x?xf32>) -> index {
// CHECK-NEXT:   %c2 = arith.constant 2 : index
// CHECK-NEXT:   return %c2 : index
// CHECK-NEXT: }
func.func @rank_fold(%m: memref<4x?xf32>) -> index {
  %0 = memref.rank %m : memref<4x?xf32>
  return %0 : index
}

// CHECK-LABEL: func.func @load_cast(%arg0: memref<4xf32>, %arg1: index) -> f32 {
// CHECK-NEXT:   %cast = memref.cast %arg0 : memref<4xf32> to memref<?xf32>
// CHECK-NEXT:   %0 = memref.load %arg0[%arg1] : memref<4xf32>
// CHECK-NEXT:   return %0 : f32
// CHECK-NEXT: }
func.func @load_cast(%m: memref<4xf32>, %i: index) -> f32 {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  %0 = memref.load %c[%i] : memref<?xf32>
  return %0 : f32
}

// CHECK-LABEL: func.func @cast_cast(%arg0: memref<4xf32>) -> memref<*xf32> {
// CHECK-NEXT:   %cast = memref.cast %arg0 : memref<4xf32> to memref<?xf32>
// CHECK-NEXT:   %cast_0 = memref.cast %arg0 : memref<4xf32> to memref<*xf32>
// CHECK-NEXT:   return %cast_0 : memref<*xf32>
// CHECK-NEXT: }
func.func @cast_cast(%m: memref<4xf32>) -> memref<*xf32> {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  %d = memref.cast %c : memref<?xf32> to memref<*xf32>
  return %d : memref<*xf32>
}

// CHECK-LABEL: func.func @subview_identity(%arg0: memref<4x4xf32>) -> memref<4x4xf32> {
// CHECK-NEXT:   return %arg0 : memref<4x4xf32>
// CHECK-NEXT: }
func.func @subview_identity(%m: memref<4x4xf32>) -> memref<4x4xf32> {
  %0 = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<4x4xf32> to memref<4x4xf32>
  return %0 : memref<4x4xf32>
}

// CHECK-LABEL: func.func @dim_subview(%arg0: memref<8x8xf32>, %arg1: index) -> index {
// CHECK-NEXT:   %subview = memref.subview %arg0[0, 0] [1, %arg1] [1, 1] : memref<8x8xf32> to memref<?xf32, strided<[1]>>
// CHECK-NEXT:   return %arg1 : index
// CHECK-NEXT: }
func.func @dim_subview(%m: memref<8x8xf32>, %n: index) -> index {
  %c0 = arith.constant 0 : index
  %s = memref.subview %m[0, 0] [1, %n] [1, 1] : memref<8x8xf32> to memref<?xf32, strided<[1]>>
  %0 = memref.dim %s, %c0 : memref<?xf32, strided<[1]>>
  return %0 : index
}

// CHECK-LABEL: func.func @collapse_expand(%arg0: memref<12xf32>) -> memref<12xf32> {
// CHECK-NEXT:   %expand_shape = memref.expand_shape %arg0 {{\[\[}}0, 1]] output_shape [3, 4] : memref<12xf32> into memref<3x4xf32>
// CHECK-NEXT:   return %arg0 : memref<12xf32>
// CHECK-NEXT: }
func.func @collapse_expand(%m: memref<12xf32>) -> memref<12xf32> {
  %e = memref.expand_shape %m [[0, 1]] output_shape [3, 4] : memref<12xf32> into memref<3x4xf32>
  %c = memref.collapse_shape %e [[0, 1]] : memref<3x4xf32> into memref<12xf32>
  return %c : memref<12xf32>
}

// CHECK-LABEL: func.func @transpose_transpose(%arg0: memref<4x5xf32>) -> memref<4x5xf32, strided<[5, 1]>> {
// CHECK-NEXT:   %transpose = memref.transpose %arg0 (d0, d1) -> (d1, d0) : memref<4x5xf32> to memref<5x4xf32, strided<[1, 5]>>
// CHECK-NEXT:   %transpose_0 = memref.transpose %arg0 (d0, d1) -> (d0, d1) : memref<4x5xf32> to memref<4x5xf32, strided<[5, 1]>>
// CHECK-NEXT:   return %transpose_0 : memref<4x5xf32, strided<[5, 1]>>
// CHECK-NEXT: }
func.func @transpose_transpose(%m: memref<4x5xf32>) -> memref<4x5xf32, strided<[5, 1]>> {
  %t = memref.transpose %m (d0, d1) -> (d1, d0) : memref<4x5xf32> to memref<5x4xf32, strided<[1, 5]>>
  %u = memref.transpose %t (d0, d1) -> (d1, d0) : memref<5x4xf32, strided<[1, 5]>> to memref<4x5xf32, strided<[5, 1]>>
  return %u : memref<4x5xf32, strided<[5, 1]>>
}

// CHECK-LABEL: func.func @assume_twice(%arg0: memref<4xf32>) -> memref<4xf32> {
// CHECK-NEXT:   %assume_align = memref.assume_alignment %arg0, 16 : memref<4xf32>
// CHECK-NEXT:   return %assume_align : memref<4xf32>
// CHECK-NEXT: }
func.func @assume_twice(%m: memref<4xf32>) -> memref<4xf32> {
  %a = memref.assume_alignment %m, 16 : memref<4xf32>
  %b = memref.assume_alignment %a, 16 : memref<4xf32>
  return %b : memref<4xf32>
}

// CHECK-LABEL: func.func @memspace_twice(%arg0: memref<4xf32, 1>) -> memref<4xf32, 3> {
// CHECK-NEXT:   %memspacecast = memref.memory_space_cast %arg0 : memref<4xf32, 1> to memref<4xf32>
// CHECK-NEXT:   %memspacecast_0 = memref.memory_space_cast %arg0 : memref<4xf32, 1> to memref<4xf32, 3>
// CHECK-NEXT:   return %memspacecast_0 : memref<4xf32, 3>
// CHECK-NEXT: }
func.func @memspace_twice(%m: memref<4xf32, 1>) -> memref<4xf32, 3> {
  %a = memref.memory_space_cast %m : memref<4xf32, 1> to memref<4xf32>
  %b = memref.memory_space_cast %a : memref<4xf32> to memref<4xf32, 3>
  return %b : memref<4xf32, 3>
}

// CHECK-LABEL: func.func @reinterpret_chain(%arg0: memref<4x4xf32>) -> memref<16xf32> {
// CHECK-NEXT:   %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [0], sizes: [16], strides: [1] : memref<4x4xf32> to memref<16xf32>
// CHECK-NEXT:   return %reinterpret_cast : memref<16xf32>
// CHECK-NEXT: }
func.func @reinterpret_chain(%m: memref<4x4xf32>) -> memref<16xf32> {
  %a = memref.reinterpret_cast %m to offset: [0], sizes: [4, 4], strides: [4, 1] : memref<4x4xf32> to memref<4x4xf32>
  %b = memref.reinterpret_cast %a to offset: [0], sizes: [16], strides: [1] : memref<4x4xf32> to memref<16xf32>
  return %b : memref<16xf32>
}

// CHECK-LABEL: func.func @extract_metadata(%arg0: memref<5x4xf32, strided<[4, 1], offset: 2>>) -> (index, index, index, index, index) {
// CHECK-NEXT:   %c2 = arith.constant 2 : index
// CHECK-NEXT:   %c5 = arith.constant 5 : index
// CHECK-NEXT:   %c4 = arith.constant 4 : index
// CHECK-NEXT:   %c4_0 = arith.constant 4 : index
// CHECK-NEXT:   %c1 = arith.constant 1 : index
// CHECK-NEXT:   %base_buffer, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %arg0 : memref<5x4xf32, strided<[4, 1], offset: 2>> -> memref<f32>, index, index, index, index, index
// CHECK-NEXT:   return %c2, %c5, %c4, %c4_0, %c1 : index, index, index, index, index
// CHECK-NEXT: }
func.func @extract_metadata(%m: memref<5x4xf32, strided<[4, 1], offset: 2>>) -> (index, index, index, index, index) {
  %base, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %m : memref<5x4xf32, strided<[4, 1], offset: 2>> -> memref<f32>, index, index, index, index, index
  return %offset, %sizes#0, %sizes#1, %strides#0, %strides#1 : index, index, index, index, index
}

// CHECK-LABEL: func.func @view_same(%arg0: memref<64xi8>, %arg1: index) -> memref<64xi8> {
// CHECK-NEXT:   %view = memref.view %arg0[%arg1][] : memref<64xi8> to memref<64xi8>
// CHECK-NEXT:   return %view : memref<64xi8>
// CHECK-NEXT: }
func.func @view_same(%b: memref<64xi8>, %i: index) -> memref<64xi8> {
  %v = memref.view %b[%i][] : memref<64xi8> to memref<64xi8>
  return %v : memref<64xi8>
}

// CHECK-LABEL: func.func @store_dealloc_cast(%arg0: memref<4xf32>, %arg1: f32, %arg2: index) {
// CHECK-NEXT:   %cast = memref.cast %arg0 : memref<4xf32> to memref<?xf32>
// CHECK-NEXT:   memref.store %arg1, %arg0[%arg2] : memref<4xf32>
// CHECK-NEXT:   memref.dealloc %arg0 : memref<4xf32>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @store_dealloc_cast(%m: memref<4xf32>, %v: f32, %i: index) {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  memref.store %v, %c[%i] : memref<?xf32>
  memref.dealloc %c : memref<?xf32>
  return
}

// CHECK-LABEL: func.func @dim_view(%arg0: memref<64xi8>, %arg1: index, %arg2: index) -> index {
// CHECK-NEXT:   %view = memref.view %arg0[%arg1][%arg2] : memref<64xi8> to memref<?x4xf32>
// CHECK-NEXT:   return %arg2 : index
// CHECK-NEXT: }
func.func @dim_view(%b: memref<64xi8>, %i: index, %n: index) -> index {
  %c0 = arith.constant 0 : index
  %v = memref.view %b[%i][%n] : memref<64xi8> to memref<?x4xf32>
  %0 = memref.dim %v, %c0 : memref<?x4xf32>
  return %0 : index
}

// CHECK-LABEL: func.func @dim_alloca_out_of_range(%arg0: index) -> (index, index) {
// CHECK-NEXT:   %c5 = arith.constant 5 : index
// CHECK-NEXT:   %alloca = memref.alloca(%arg0) : memref<?xf32>
// CHECK-NEXT:   %dim = memref.dim %alloca, %c5 : memref<?xf32>
// CHECK-NEXT:   return %arg0, %dim : index, index
// CHECK-NEXT: }
func.func @dim_alloca_out_of_range(%n: index) -> (index, index) {
  %c0 = arith.constant 0 : index
  %c5 = arith.constant 5 : index
  %a = memref.alloca(%n) : memref<?xf32>
  %0 = memref.dim %a, %c0 : memref<?xf32>
  %1 = memref.dim %a, %c5 : memref<?xf32>
  return %0, %1 : index, index
}

// CHECK-LABEL: func.func @dim_unranked(%arg0: memref<*xf32>) -> index {
// CHECK-NEXT:   %c0 = arith.constant 0 : index
// CHECK-NEXT:   %dim = memref.dim %arg0, %c0 : memref<*xf32>
// CHECK-NEXT:   return %dim : index
// CHECK-NEXT: }
func.func @dim_unranked(%u: memref<*xf32>) -> index {
  %c0 = arith.constant 0 : index
  %0 = memref.dim %u, %c0 : memref<*xf32>
  return %0 : index
}

// CHECK-LABEL: func.func @subview_subview(%arg0: memref<8x8xf32>, %arg1: index) -> memref<4x4xf32, strided<[8, 1], offset: 9>> {
// CHECK-NEXT:   %subview = memref.subview %arg0[1, 1] [4, 4] [1, 1] : memref<8x8xf32> to memref<4x4xf32, strided<[8, 1], offset: 9>>
// CHECK-NEXT:   return %subview : memref<4x4xf32, strided<[8, 1], offset: 9>>
// CHECK-NEXT: }
func.func @subview_subview(%m: memref<8x8xf32>, %n: index) -> memref<4x4xf32, strided<[8, 1], offset: 9>> {
  %a = memref.subview %m[1, 1] [4, 4] [1, 1] : memref<8x8xf32> to memref<4x4xf32, strided<[8, 1], offset: 9>>
  %b = memref.subview %a[0, 0] [4, 4] [1, 1] : memref<4x4xf32, strided<[8, 1], offset: 9>> to memref<4x4xf32, strided<[8, 1], offset: 9>>
  return %b : memref<4x4xf32, strided<[8, 1], offset: 9>>
}

// CHECK-LABEL: func.func @copy_cast(%arg0: memref<4xf32>, %arg1: memref<4xf32>) {
// CHECK-NEXT:   %cast = memref.cast %arg0 : memref<4xf32> to memref<?xf32>
// CHECK-NEXT:   memref.copy %arg0, %arg1 : memref<4xf32> to memref<4xf32>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @copy_cast(%a: memref<4xf32>, %b: memref<4xf32>) {
  %c = memref.cast %a : memref<4xf32> to memref<?xf32>
  memref.copy %c, %b : memref<?xf32> to memref<4xf32>
  return
}

// CHECK-LABEL: func.func @copy_cast_to_static(%arg0: memref<?xf32>, %arg1: memref<4xf32>) {
// CHECK-NEXT:   %cast = memref.cast %arg0 : memref<?xf32> to memref<4xf32>
// CHECK-NEXT:   memref.copy %cast, %arg1 : memref<4xf32> to memref<4xf32>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @copy_cast_to_static(%a: memref<?xf32>, %b: memref<4xf32>) {
  %c = memref.cast %a : memref<?xf32> to memref<4xf32>
  memref.copy %c, %b : memref<4xf32> to memref<4xf32>
  return
}

// CHECK-LABEL: func.func @access_casts(%arg0: memref<4xf32>, %arg1: memref<1xi32>, %arg2: f32, %arg3: index) -> f32 {
// CHECK-NEXT:   %cast = memref.cast %arg0 : memref<4xf32> to memref<?xf32>
// CHECK-NEXT:   %cast_0 = memref.cast %arg1 : memref<1xi32> to memref<?xi32>
// CHECK-NEXT:   memref.prefetch %arg0[%arg3], read, locality<3>, data : memref<4xf32>
// CHECK-NEXT:   %0 = memref.atomic_rmw addf %arg2, %arg0[%arg3] : (f32, memref<4xf32>) -> f32
// CHECK-NEXT:   memref.dma_start %arg0[%arg3], %arg0[%arg3], %arg3, %arg1[%arg3] : memref<4xf32>, memref<4xf32>, memref<1xi32>
// CHECK-NEXT:   memref.dma_wait %arg1[%arg3], %arg3 : memref<1xi32>
// CHECK-NEXT:   return %0 : f32
// CHECK-NEXT: }
func.func @access_casts(%m: memref<4xf32>, %t: memref<1xi32>, %v: f32, %i: index) -> f32 {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  %ct = memref.cast %t : memref<1xi32> to memref<?xi32>
  memref.prefetch %c[%i], read, locality<3>, data : memref<?xf32>
  %0 = memref.atomic_rmw addf %v, %c[%i] : (f32, memref<?xf32>) -> f32
  memref.dma_start %c[%i], %c[%i], %i, %ct[%i] : memref<?xf32>, memref<?xf32>, memref<?xi32>
  memref.dma_wait %ct[%i], %i : memref<?xi32>
  return %0 : f32
}

// CHECK-LABEL: func.func @reinterpret_of_cast_and_subview(%arg0: memref<8xf32>) -> (memref<4xf32>, memref<2xf32>) {
// CHECK-NEXT:   %cast = memref.cast %arg0 : memref<8xf32> to memref<?xf32>
// CHECK-NEXT:   %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [0], sizes: [4], strides: [1] : memref<8xf32> to memref<4xf32>
// CHECK-NEXT:   %subview = memref.subview %arg0[0] [4] [2] : memref<8xf32> to memref<4xf32, strided<[2]>>
// CHECK-NEXT:   %reinterpret_cast_0 = memref.reinterpret_cast %arg0 to offset: [0], sizes: [2], strides: [1] : memref<8xf32> to memref<2xf32>
// CHECK-NEXT:   return %reinterpret_cast, %reinterpret_cast_0 : memref<4xf32>, memref<2xf32>
// CHECK-NEXT: }
func.func @reinterpret_of_cast_and_subview(%m: memref<8xf32>) -> (memref<4xf32>, memref<2xf32>) {
  %c = memref.cast %m : memref<8xf32> to memref<?xf32>
  %a = memref.reinterpret_cast %c to offset: [0], sizes: [4], strides: [1] : memref<?xf32> to memref<4xf32>
  %s = memref.subview %m[0] [4] [2] : memref<8xf32> to memref<4xf32, strided<[2]>>
  %b = memref.reinterpret_cast %s to offset: [0], sizes: [2], strides: [1] : memref<4xf32, strided<[2]>> to memref<2xf32>
  return %a, %b : memref<4xf32>, memref<2xf32>
}

// CHECK-LABEL: func.func @reinterpret_identity(%arg0: memref<4xf32>) -> memref<4xf32> {
// CHECK-NEXT:   return %arg0 : memref<4xf32>
// CHECK-NEXT: }
func.func @reinterpret_identity(%m: memref<4xf32>) -> memref<4xf32> {
  %a = memref.reinterpret_cast %m to offset: [0], sizes: [4], strides: [1] : memref<4xf32> to memref<4xf32>
  return %a : memref<4xf32>
}

// CHECK-LABEL: func.func @expand_collapse_dynamic(%arg0: memref<?x?xf32>) -> memref<?x?xf32> {
// CHECK-NEXT:   %c4 = arith.constant 4 : index
// CHECK-NEXT:   %collapse_shape = memref.collapse_shape %arg0 {{\[\[}}0, 1]] : memref<?x?xf32> into memref<?xf32>
// CHECK-NEXT:   %expand_shape = memref.expand_shape %collapse_shape {{\[\[}}0, 1]] output_shape [%c4, %c4] : memref<?xf32> into memref<?x?xf32>
// CHECK-NEXT:   return %expand_shape : memref<?x?xf32>
// CHECK-NEXT: }
func.func @expand_collapse_dynamic(%m: memref<?x?xf32>) -> memref<?x?xf32> {
  %c = memref.collapse_shape %m [[0, 1]] : memref<?x?xf32> into memref<?xf32>
  %n = arith.constant 4 : index
  %e = memref.expand_shape %c [[0, 1]] output_shape [%n, %n] : memref<?xf32> into memref<?x?xf32>
  return %e : memref<?x?xf32>
}

// CHECK-LABEL: func.func @collapse_expand_dynamic(%arg0: memref<?x?xf32>, %arg1: index) -> memref<?x?xf32> {
// CHECK-NEXT:   %expand_shape = memref.expand_shape %arg0 {{\[\[}}0, 1], [2]] output_shape [%arg1, 4, %arg1] : memref<?x?xf32> into memref<?x4x?xf32>
// CHECK-NEXT:   return %arg0 : memref<?x?xf32>
// CHECK-NEXT: }
func.func @collapse_expand_dynamic(%m: memref<?x?xf32>, %n: index) -> memref<?x?xf32> {
  %e = memref.expand_shape %m [[0, 1], [2]] output_shape [%n, 4, %n] : memref<?x?xf32> into memref<?x4x?xf32>
  %c = memref.collapse_shape %e [[0, 1], [2]] : memref<?x4x?xf32> into memref<?x?xf32>
  return %c : memref<?x?xf32>
}

// CHECK-LABEL: func.func @extract_metadata_cast(%arg0: memref<4xf32>) -> memref<f32> {
// CHECK-NEXT:   %cast = memref.cast %arg0 : memref<4xf32> to memref<?xf32>
// CHECK-NEXT:   %base_buffer, %offset, %sizes, %strides = memref.extract_strided_metadata %arg0 : memref<4xf32> -> memref<f32>, index, index, index
// CHECK-NEXT:   return %base_buffer : memref<f32>
// CHECK-NEXT: }
func.func @extract_metadata_cast(%m: memref<4xf32>) -> memref<f32> {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  %base, %offset, %sizes, %strides = memref.extract_strided_metadata %c : memref<?xf32> -> memref<f32>, index, index, index
  return %base : memref<f32>
}

// CHECK-LABEL: func.func @transpose_identity(%arg0: memref<4x5xf32, strided<[5, 1]>>) -> memref<4x5xf32, strided<[5, 1]>> {
// CHECK-NEXT:   return %arg0 : memref<4x5xf32, strided<[5, 1]>>
// CHECK-NEXT: }
func.func @transpose_identity(%m: memref<4x5xf32, strided<[5, 1]>>) -> memref<4x5xf32, strided<[5, 1]>> {
  %t = memref.transpose %m (d0, d1) -> (d0, d1) : memref<4x5xf32, strided<[5, 1]>> to memref<4x5xf32, strided<[5, 1]>>
  return %t : memref<4x5xf32, strided<[5, 1]>>
}

// CHECK-LABEL: func.func @identity_casts(%arg0: memref<4xf32>, %arg1: memref<4xf32, 1>) -> (memref<4xf32>, memref<4xf32, 1>) {
// CHECK-NEXT:   return %arg0, %arg1 : memref<4xf32>, memref<4xf32, 1>
// CHECK-NEXT: }
func.func @identity_casts(%arg: memref<4xf32>, %b: memref<4xf32, 1>) -> (memref<4xf32>, memref<4xf32, 1>) {
  %c = memref.cast %arg : memref<4xf32> to memref<4xf32>
  %m = memref.memory_space_cast %b : memref<4xf32, 1> to memref<4xf32, 1>
  return %c, %m : memref<4xf32>, memref<4xf32, 1>
}
