// RUN: dialectic-opt %s | FileCheck %s
// RUN: dialectic-opt %s | dialectic-opt | FileCheck %s
// RUN: dialectic-opt --mlir-print-op-generic %s | dialectic-opt | FileCheck %s

// Round trip of every arith op and its syntax variants (overflow/exact/fastmath flags, rounding modes, vector,
// tensor and memref operands, result names of constants and extended ops). The CHECK lines are mlir-opt-22's output.

// CHECK-LABEL: func.func @constant_int() -> (i32, i64, index, index, i1, i1, i8) {
// CHECK-NEXT:    %c42_i32 = arith.constant 42 : i32
// CHECK-NEXT:    %c-7_i64 = arith.constant -7 : i64
// CHECK-NEXT:    %c0 = arith.constant 0 : index
// CHECK-NEXT:    %c-1 = arith.constant -1 : index
// CHECK-NEXT:    %true = arith.constant true
// CHECK-NEXT:    %false = arith.constant false
// CHECK-NEXT:    %c-1_i8 = arith.constant {tag} -1 : i8
// CHECK-NEXT:    return %c42_i32, %c-7_i64, %c0, %c-1, %true, %false, %c-1_i8 : i32, i64, index, index, i1, i1, i8
// CHECK-NEXT:  }
func.func @constant_int() -> (i32, i64, index, index, i1, i1, i8) {
  %0 = arith.constant 42 : i32
  %1 = arith.constant -7 : i64
  %2 = arith.constant 0 : index
  %3 = arith.constant -1 : index
  %4 = arith.constant true
  %5 = arith.constant false
  %6 = arith.constant {tag} 255 : i8
  return %0, %1, %2, %3, %4, %5, %6 : i32, i64, index, index, i1, i1, i8
}

// CHECK-LABEL: func.func @constant_float() -> (f32, f64, f16, bf16, f32) {
// CHECK-NEXT:    %cst = arith.constant 1.500000e+00 : f32
// CHECK-NEXT:    %cst_0 = arith.constant -0.000000e+00 : f64
// CHECK-NEXT:    %cst_1 = arith.constant 0x7C00 : f16
// CHECK-NEXT:    %cst_2 = arith.constant 3.000000e+00 : bf16
// CHECK-NEXT:    %cst_3 = arith.constant 0x7FC00001 : f32
// CHECK-NEXT:    return %cst, %cst_0, %cst_1, %cst_2, %cst_3 : f32, f64, f16, bf16, f32
// CHECK-NEXT:  }
func.func @constant_float() -> (f32, f64, f16, bf16, f32) {
  %0 = arith.constant 1.5 : f32
  %1 = arith.constant -0.0 : f64
  %2 = arith.constant 0x7C00 : f16
  %3 = arith.constant 3.0 : bf16
  %4 = arith.constant 0x7FC00001 : f32
  return %0, %1, %2, %3, %4 : f32, f64, f16, bf16, f32
}

// CHECK-LABEL: func.func @constant_elements() -> (vector<4xi32>, tensor<2x2xf32>, vector<[4]xi8>, tensor<3xi1>, tensor<2xsi32>) {
// CHECK-NEXT:    %cst = arith.constant dense<[1, 2, 3, 4]> : vector<4xi32>
// CHECK-NEXT:    %cst_0 = arith.constant dense<5.000000e-01> : tensor<2x2xf32>
// CHECK-NEXT:    %cst_1 = arith.constant dense<7> : vector<[4]xi8>
// CHECK-NEXT:    %cst_2 = arith.constant dense<[true, false, true]> : tensor<3xi1>
// CHECK-NEXT:    %cst_3 = arith.constant dense<[1, -2]> : tensor<2xsi32>
// CHECK-NEXT:    return %cst, %cst_0, %cst_1, %cst_2, %cst_3 : vector<4xi32>, tensor<2x2xf32>, vector<[4]xi8>, tensor<3xi1>, tensor<2xsi32>
// CHECK-NEXT:  }
func.func @constant_elements() -> (vector<4xi32>, tensor<2x2xf32>, vector<[4]xi8>, tensor<3xi1>, tensor<2xsi32>) {
  %0 = arith.constant dense<[1, 2, 3, 4]> : vector<4xi32>
  %1 = arith.constant dense<0.5> : tensor<2x2xf32>
  %2 = arith.constant dense<7> : vector<[4]xi8>
  %3 = arith.constant dense<[true, false, true]> : tensor<3xi1>
  %4 = arith.constant dense<[1, -2]> : tensor<2xsi32>
  return %0, %1, %2, %3, %4 : vector<4xi32>, tensor<2x2xf32>, vector<[4]xi8>, tensor<3xi1>, tensor<2xsi32>
}

// CHECK-LABEL: func.func @int_binary(%arg0: i32, %arg1: i32, %arg2: index, %arg3: vector<4xi64>, %arg4: tensor<?x8xi16>) {
// CHECK-NEXT:    %0 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT:    %1 = arith.subi %arg0, %arg1 : i32
// CHECK-NEXT:    %2 = arith.muli %arg0, %arg1 : i32
// CHECK-NEXT:    %3 = arith.divui %arg0, %arg1 : i32
// CHECK-NEXT:    %4 = arith.divsi %arg0, %arg1 : i32
// CHECK-NEXT:    %5 = arith.ceildivui %arg0, %arg1 : i32
// CHECK-NEXT:    %6 = arith.ceildivsi %arg0, %arg1 : i32
// CHECK-NEXT:    %7 = arith.floordivsi %arg0, %arg1 : i32
// CHECK-NEXT:    %8 = arith.remui %arg0, %arg1 : i32
// CHECK-NEXT:    %9 = arith.remsi %arg0, %arg1 : i32
// CHECK-NEXT:    %10 = arith.andi %arg0, %arg1 : i32
// CHECK-NEXT:    %11 = arith.ori %arg0, %arg1 : i32
// CHECK-NEXT:    %12 = arith.xori %arg0, %arg1 : i32
// CHECK-NEXT:    %13 = arith.shli %arg0, %arg1 : i32
// CHECK-NEXT:    %14 = arith.shrui %arg0, %arg1 : i32
// CHECK-NEXT:    %15 = arith.shrsi %arg0, %arg1 : i32
// CHECK-NEXT:    %16 = arith.maxsi %arg0, %arg1 : i32
// CHECK-NEXT:    %17 = arith.maxui %arg0, %arg1 : i32
// CHECK-NEXT:    %18 = arith.minsi %arg0, %arg1 : i32
// CHECK-NEXT:    %19 = arith.minui %arg0, %arg1 : i32
// CHECK-NEXT:    %20 = arith.addi %arg2, %arg2 : index
// CHECK-NEXT:    %21 = arith.muli %arg3, %arg3 : vector<4xi64>
// CHECK-NEXT:    %22 = arith.remsi %arg4, %arg4 : tensor<?x8xi16>
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @int_binary(%a: i32, %b: i32, %i: index, %v: vector<4xi64>, %t: tensor<?x8xi16>) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.subi %a, %b : i32
  %2 = arith.muli %a, %b : i32
  %3 = arith.divui %a, %b : i32
  %4 = arith.divsi %a, %b : i32
  %5 = arith.ceildivui %a, %b : i32
  %6 = arith.ceildivsi %a, %b : i32
  %7 = arith.floordivsi %a, %b : i32
  %8 = arith.remui %a, %b : i32
  %9 = arith.remsi %a, %b : i32
  %10 = arith.andi %a, %b : i32
  %11 = arith.ori %a, %b : i32
  %12 = arith.xori %a, %b : i32
  %13 = arith.shli %a, %b : i32
  %14 = arith.shrui %a, %b : i32
  %15 = arith.shrsi %a, %b : i32
  %16 = arith.maxsi %a, %b : i32
  %17 = arith.maxui %a, %b : i32
  %18 = arith.minsi %a, %b : i32
  %19 = arith.minui %a, %b : i32
  %20 = arith.addi %i, %i : index
  %21 = arith.muli %v, %v : vector<4xi64>
  %22 = arith.remsi %t, %t : tensor<?x8xi16>
  return
}

// CHECK-LABEL: func.func @int_flags(%arg0: i32, %arg1: i32) {
// CHECK-NEXT:    %0 = arith.addi %arg0, %arg1 overflow<nsw> : i32
// CHECK-NEXT:    %1 = arith.subi %arg0, %arg1 overflow<nuw> : i32
// CHECK-NEXT:    %2 = arith.muli %arg0, %arg1 overflow<nsw, nuw> : i32
// CHECK-NEXT:    %3 = arith.shli %arg0, %arg1 overflow<nsw, nuw> : i32
// CHECK-NEXT:    %4 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT:    %5 = arith.divui %arg0, %arg1 exact : i32
// CHECK-NEXT:    %6 = arith.divsi %arg0, %arg1 exact : i32
// CHECK-NEXT:    %7 = arith.shrui %arg0, %arg1 exact : i32
// CHECK-NEXT:    %8 = arith.shrsi %arg0, %arg1 exact : i32
// CHECK-NEXT:    %9 = arith.addi %arg0, %arg1 {foo = "bar"} : i32
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @int_flags(%a: i32, %b: i32) {
  %0 = arith.addi %a, %b overflow<nsw> : i32
  %1 = arith.subi %a, %b overflow<nuw> : i32
  %2 = arith.muli %a, %b overflow<nsw, nuw> : i32
  %3 = arith.shli %a, %b overflow<nuw, nsw> : i32
  %4 = arith.addi %a, %b overflow<none> : i32
  %5 = arith.divui %a, %b exact : i32
  %6 = arith.divsi %a, %b exact : i32
  %7 = arith.shrui %a, %b exact : i32
  %8 = arith.shrsi %a, %b exact : i32
  %9 = arith.addi %a, %b {foo = "bar"} : i32
  return
}

// CHECK-LABEL: func.func @extended(%arg0: i32, %arg1: i32, %arg2: vector<4xi32>, %arg3: tensor<3xindex>) {
// CHECK-NEXT:    %sum, %overflow = arith.addui_extended %arg0, %arg1 : i32, i1
// CHECK-NEXT:    %sum_0, %overflow_1 = arith.addui_extended %arg2, %arg2 : vector<4xi32>, vector<4xi1>
// CHECK-NEXT:    %low, %high = arith.mulsi_extended %arg0, %arg1 : i32
// CHECK-NEXT:    %low_2, %high_3 = arith.mului_extended %arg2, %arg2 : vector<4xi32>
// CHECK-NEXT:    %low_4, %high_5 = arith.mulsi_extended %arg3, %arg3 : tensor<3xindex>
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @extended(%a: i32, %b: i32, %v: vector<4xi32>, %t: tensor<3xindex>) {
  %sum, %overflow = arith.addui_extended %a, %b : i32, i1
  %0:2 = arith.addui_extended %v, %v : vector<4xi32>, vector<4xi1>
  %low, %high = arith.mulsi_extended %a, %b : i32
  %1:2 = arith.mului_extended %v, %v : vector<4xi32>
  %2:2 = arith.mulsi_extended %t, %t : tensor<3xindex>
  return
}

// CHECK-LABEL: func.func @float_ops(%arg0: f32, %arg1: f32, %arg2: vector<4xf16>, %arg3: tensor<*xbf16>) {
// CHECK-NEXT:    %0 = arith.addf %arg0, %arg1 : f32
// CHECK-NEXT:    %1 = arith.subf %arg0, %arg1 : f32
// CHECK-NEXT:    %2 = arith.mulf %arg0, %arg1 : f32
// CHECK-NEXT:    %3 = arith.divf %arg0, %arg1 : f32
// CHECK-NEXT:    %4 = arith.remf %arg0, %arg1 : f32
// CHECK-NEXT:    %5 = arith.maximumf %arg0, %arg1 : f32
// CHECK-NEXT:    %6 = arith.minimumf %arg0, %arg1 : f32
// CHECK-NEXT:    %7 = arith.maxnumf %arg0, %arg1 : f32
// CHECK-NEXT:    %8 = arith.minnumf %arg0, %arg1 : f32
// CHECK-NEXT:    %9 = arith.negf %arg0 : f32
// CHECK-NEXT:    %10 = arith.addf %arg2, %arg2 : vector<4xf16>
// CHECK-NEXT:    %11 = arith.negf %arg3 : tensor<*xbf16>
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @float_ops(%a: f32, %b: f32, %v: vector<4xf16>, %t: tensor<*xbf16>) {
  %0 = arith.addf %a, %b : f32
  %1 = arith.subf %a, %b : f32
  %2 = arith.mulf %a, %b : f32
  %3 = arith.divf %a, %b : f32
  %4 = arith.remf %a, %b : f32
  %5 = arith.maximumf %a, %b : f32
  %6 = arith.minimumf %a, %b : f32
  %7 = arith.maxnumf %a, %b : f32
  %8 = arith.minnumf %a, %b : f32
  %9 = arith.negf %a : f32
  %10 = arith.addf %v, %v : vector<4xf16>
  %11 = arith.negf %t : tensor<*xbf16>
  return
}

// CHECK-LABEL: func.func @float_fastmath(%arg0: f64, %arg1: f64) {
// CHECK-NEXT:    %0 = arith.addf %arg0, %arg1 fastmath<fast> : f64
// CHECK-NEXT:    %1 = arith.mulf %arg0, %arg1 fastmath<nnan,ninf> : f64
// CHECK-NEXT:    %2 = arith.negf %arg0 fastmath<reassoc,nsz> : f64
// CHECK-NEXT:    %3 = arith.divf %arg0, %arg1 : f64
// CHECK-NEXT:    %4 = arith.maxnumf %arg0, %arg1 fastmath<arcp,contract,afn> : f64
// CHECK-NEXT:    %5 = arith.subf %arg0, %arg1 fastmath<fast> : f64
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @float_fastmath(%a: f64, %b: f64) {
  %0 = arith.addf %a, %b fastmath<fast> : f64
  %1 = arith.mulf %a, %b fastmath<nnan,ninf> : f64
  %2 = arith.negf %a fastmath<reassoc,nsz> : f64
  %3 = arith.divf %a, %b fastmath<none> : f64
  %4 = arith.maxnumf %a, %b fastmath<arcp,contract,afn> : f64
  %5 = arith.subf %a, %b fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn> : f64
  return
}

// CHECK-LABEL: func.func @int_casts(%arg0: i32, %arg1: vector<2xi8>, %arg2: tensor<4x?xi64>) {
// CHECK-NEXT:    %0 = arith.extui %arg0 : i32 to i64
// CHECK-NEXT:    %1 = arith.extsi %arg0 : i32 to i64
// CHECK-NEXT:    %2 = arith.trunci %arg0 : i32 to i16
// CHECK-NEXT:    %3 = arith.trunci %arg0 overflow<nsw> : i32 to i8
// CHECK-NEXT:    %4 = arith.extui %arg1 : vector<2xi8> to vector<2xi32>
// CHECK-NEXT:    %5 = arith.trunci %arg2 overflow<nsw, nuw> : tensor<4x?xi64> to tensor<4x?xi1>
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @int_casts(%a: i32, %v: vector<2xi8>, %t: tensor<4x?xi64>) {
  %0 = arith.extui %a : i32 to i64
  %1 = arith.extsi %a : i32 to i64
  %2 = arith.trunci %a : i32 to i16
  %3 = arith.trunci %a overflow<nsw> : i32 to i8
  %4 = arith.extui %v : vector<2xi8> to vector<2xi32>
  %5 = arith.trunci %t overflow<nsw, nuw> : tensor<4x?xi64> to tensor<4x?xi1>
  return
}

// CHECK-LABEL: func.func @float_casts(%arg0: f32, %arg1: f16, %arg2: vector<4xbf16>) {
// CHECK-NEXT:    %0 = arith.extf %arg1 : f16 to f32
// CHECK-NEXT:    %1 = arith.extf %arg1 fastmath<contract> : f16 to f64
// CHECK-NEXT:    %2 = arith.truncf %arg0 : f32 to f16
// CHECK-NEXT:    %3 = arith.truncf %arg0 to_nearest_even : f32 to bf16
// CHECK-NEXT:    %4 = arith.truncf %arg0 downward : f32 to f16
// CHECK-NEXT:    %5 = arith.truncf %arg0 upward fastmath<fast> : f32 to f16
// CHECK-NEXT:    %6 = arith.truncf %arg0 toward_zero : f32 to f8E4M3FN
// CHECK-NEXT:    %7 = arith.truncf %arg0 to_nearest_away : f32 to f16
// CHECK-NEXT:    %8 = arith.truncf %arg0 fastmath<nnan> : f32 to f16
// CHECK-NEXT:    %9 = arith.extf %arg2 : vector<4xbf16> to vector<4xf32>
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @float_casts(%a: f32, %h: f16, %v: vector<4xbf16>) {
  %0 = arith.extf %h : f16 to f32
  %1 = arith.extf %h fastmath<contract> : f16 to f64
  %2 = arith.truncf %a : f32 to f16
  %3 = arith.truncf %a to_nearest_even : f32 to bf16
  %4 = arith.truncf %a downward : f32 to f16
  %5 = arith.truncf %a upward fastmath<fast> : f32 to f16
  %6 = arith.truncf %a toward_zero : f32 to f8E4M3FN
  %7 = arith.truncf %a to_nearest_away : f32 to f16
  %8 = arith.truncf %a fastmath<nnan> : f32 to f16
  %9 = arith.extf %v : vector<4xbf16> to vector<4xf32>
  return
}

// CHECK-LABEL: func.func @int_float_casts(%arg0: i32, %arg1: f64, %arg2: vector<3xi16>) {
// CHECK-NEXT:    %0 = arith.uitofp %arg0 : i32 to f32
// CHECK-NEXT:    %1 = arith.sitofp %arg0 : i32 to f64
// CHECK-NEXT:    %2 = arith.fptoui %arg1 : f64 to i64
// CHECK-NEXT:    %3 = arith.fptosi %arg1 : f64 to i8
// CHECK-NEXT:    %4 = arith.sitofp %arg2 : vector<3xi16> to vector<3xf16>
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @int_float_casts(%i: i32, %f: f64, %v: vector<3xi16>) {
  %0 = arith.uitofp %i : i32 to f32
  %1 = arith.sitofp %i : i32 to f64
  %2 = arith.fptoui %f : f64 to i64
  %3 = arith.fptosi %f : f64 to i8
  %4 = arith.sitofp %v : vector<3xi16> to vector<3xf16>
  return
}

// CHECK-LABEL: func.func @index_casts(%arg0: index, %arg1: i32, %arg2: memref<4xindex>, %arg3: memref<?xi64>, %arg4: vector<2xindex>) {
// CHECK-NEXT:    %0 = arith.index_cast %arg0 : index to i32
// CHECK-NEXT:    %1 = arith.index_cast %arg1 : i32 to index
// CHECK-NEXT:    %2 = arith.index_castui %arg0 : index to i64
// CHECK-NEXT:    %3 = arith.index_castui %arg1 : i32 to index
// CHECK-NEXT:    %4 = arith.index_cast %arg2 : memref<4xindex> to memref<4xi32>
// CHECK-NEXT:    %5 = arith.index_castui %arg3 : memref<?xi64> to memref<?xindex>
// CHECK-NEXT:    %6 = arith.index_cast %arg4 : vector<2xindex> to vector<2xi8>
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @index_casts(%i: index, %j: i32, %m: memref<4xindex>, %n: memref<?xi64>, %v: vector<2xindex>) {
  %0 = arith.index_cast %i : index to i32
  %1 = arith.index_cast %j : i32 to index
  %2 = arith.index_castui %i : index to i64
  %3 = arith.index_castui %j : i32 to index
  %4 = arith.index_cast %m : memref<4xindex> to memref<4xi32>
  %5 = arith.index_castui %n : memref<?xi64> to memref<?xindex>
  %6 = arith.index_cast %v : vector<2xindex> to vector<2xi8>
  return
}

// CHECK-LABEL: func.func @bitcast(%arg0: i32, %arg1: f16, %arg2: memref<8xf32>, %arg3: vector<2xi64>) {
// CHECK-NEXT:    %0 = arith.bitcast %arg0 : i32 to f32
// CHECK-NEXT:    %1 = arith.bitcast %arg1 : f16 to bf16
// CHECK-NEXT:    %2 = arith.bitcast %arg1 : f16 to i16
// CHECK-NEXT:    %3 = arith.bitcast %arg2 : memref<8xf32> to memref<8xi32>
// CHECK-NEXT:    %4 = arith.bitcast %arg3 : vector<2xi64> to vector<2xf64>
// CHECK-NEXT:    %5 = arith.bitcast %arg0 : i32 to i32
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @bitcast(%i: i32, %f: f16, %m: memref<8xf32>, %v: vector<2xi64>) {
  %0 = arith.bitcast %i : i32 to f32
  %1 = arith.bitcast %f : f16 to bf16
  %2 = arith.bitcast %f : f16 to i16
  %3 = arith.bitcast %m : memref<8xf32> to memref<8xi32>
  %4 = arith.bitcast %v : vector<2xi64> to vector<2xf64>
  %5 = arith.bitcast %i : i32 to i32
  return
}

// CHECK-LABEL: func.func @scaling(%arg0: f4E2M1FN, %arg1: f8E8M0FNU, %arg2: f32, %arg3: vector<4xf8E5M2>, %arg4: vector<4xf8E8M0FNU>) {
// CHECK-NEXT:    %0 = arith.scaling_extf %arg0, %arg1 : f4E2M1FN, f8E8M0FNU to f32
// CHECK-NEXT:    %1 = arith.scaling_extf %arg3, %arg4 fastmath<fast> : vector<4xf8E5M2>, vector<4xf8E8M0FNU> to vector<4xbf16>
// CHECK-NEXT:    %2 = arith.scaling_truncf %arg2, %arg1 : f32, f8E8M0FNU to f4E2M1FN
// CHECK-NEXT:    %3 = arith.scaling_truncf %arg2, %arg1 toward_zero : f32, f8E8M0FNU to f8E5M2
// CHECK-NEXT:    %4 = arith.scaling_truncf %arg2, %arg1 fastmath<nnan> : f32, f8E8M0FNU to f16
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @scaling(%a: f4E2M1FN, %s: f8E8M0FNU, %f: f32, %v: vector<4xf8E5M2>, %vs: vector<4xf8E8M0FNU>) {
  %0 = arith.scaling_extf %a, %s : f4E2M1FN, f8E8M0FNU to f32
  %1 = arith.scaling_extf %v, %vs fastmath<fast> : vector<4xf8E5M2>, vector<4xf8E8M0FNU> to vector<4xbf16>
  %2 = arith.scaling_truncf %f, %s : f32, f8E8M0FNU to f4E2M1FN
  %3 = arith.scaling_truncf %f, %s toward_zero : f32, f8E8M0FNU to f8E5M2
  %4 = arith.scaling_truncf %f, %s fastmath<nnan> : f32, f8E8M0FNU to f16
  return
}

// CHECK-LABEL: func.func @cmpi(%arg0: i32, %arg1: i32, %arg2: vector<4xindex>, %arg3: tensor<?xi8>) {
// CHECK-NEXT:    %0 = arith.cmpi eq, %arg0, %arg1 : i32
// CHECK-NEXT:    %1 = arith.cmpi ne, %arg0, %arg1 : i32
// CHECK-NEXT:    %2 = arith.cmpi slt, %arg0, %arg1 : i32
// CHECK-NEXT:    %3 = arith.cmpi sle, %arg0, %arg1 : i32
// CHECK-NEXT:    %4 = arith.cmpi sgt, %arg0, %arg1 : i32
// CHECK-NEXT:    %5 = arith.cmpi sge, %arg0, %arg1 : i32
// CHECK-NEXT:    %6 = arith.cmpi ult, %arg0, %arg1 : i32
// CHECK-NEXT:    %7 = arith.cmpi ule, %arg0, %arg1 : i32
// CHECK-NEXT:    %8 = arith.cmpi ugt, %arg0, %arg1 : i32
// CHECK-NEXT:    %9 = arith.cmpi uge, %arg0, %arg1 : i32
// CHECK-NEXT:    %10 = arith.cmpi slt, %arg2, %arg2 : vector<4xindex>
// CHECK-NEXT:    %11 = arith.cmpi eq, %arg3, %arg3 {attr} : tensor<?xi8>
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @cmpi(%a: i32, %b: i32, %v: vector<4xindex>, %t: tensor<?xi8>) {
  %0 = arith.cmpi eq, %a, %b : i32
  %1 = arith.cmpi ne, %a, %b : i32
  %2 = arith.cmpi slt, %a, %b : i32
  %3 = arith.cmpi sle, %a, %b : i32
  %4 = arith.cmpi sgt, %a, %b : i32
  %5 = arith.cmpi sge, %a, %b : i32
  %6 = arith.cmpi ult, %a, %b : i32
  %7 = arith.cmpi ule, %a, %b : i32
  %8 = arith.cmpi ugt, %a, %b : i32
  %9 = arith.cmpi uge, %a, %b : i32
  %10 = arith.cmpi "slt", %v, %v : vector<4xindex>
  %11 = arith.cmpi eq, %t, %t {attr} : tensor<?xi8>
  return
}

// CHECK-LABEL: func.func @cmpf(%arg0: f32, %arg1: f32, %arg2: vector<2xf64>) {
// CHECK-NEXT:    %0 = arith.cmpf false, %arg0, %arg1 : f32
// CHECK-NEXT:    %1 = arith.cmpf oeq, %arg0, %arg1 : f32
// CHECK-NEXT:    %2 = arith.cmpf ogt, %arg0, %arg1 : f32
// CHECK-NEXT:    %3 = arith.cmpf oge, %arg0, %arg1 : f32
// CHECK-NEXT:    %4 = arith.cmpf olt, %arg0, %arg1 : f32
// CHECK-NEXT:    %5 = arith.cmpf ole, %arg0, %arg1 : f32
// CHECK-NEXT:    %6 = arith.cmpf one, %arg0, %arg1 : f32
// CHECK-NEXT:    %7 = arith.cmpf ord, %arg0, %arg1 : f32
// CHECK-NEXT:    %8 = arith.cmpf ueq, %arg0, %arg1 : f32
// CHECK-NEXT:    %9 = arith.cmpf ugt, %arg0, %arg1 : f32
// CHECK-NEXT:    %10 = arith.cmpf uge, %arg0, %arg1 : f32
// CHECK-NEXT:    %11 = arith.cmpf ult, %arg0, %arg1 : f32
// CHECK-NEXT:    %12 = arith.cmpf ule, %arg0, %arg1 : f32
// CHECK-NEXT:    %13 = arith.cmpf une, %arg0, %arg1 : f32
// CHECK-NEXT:    %14 = arith.cmpf uno, %arg0, %arg1 : f32
// CHECK-NEXT:    %15 = arith.cmpf true, %arg0, %arg1 : f32
// CHECK-NEXT:    %16 = arith.cmpf olt, %arg2, %arg2 fastmath<fast> : vector<2xf64>
// CHECK-NEXT:    %17 = arith.cmpf ueq, %arg0, %arg1 {x = 1 : i64} : f32
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @cmpf(%a: f32, %b: f32, %v: vector<2xf64>) {
  %0 = arith.cmpf false, %a, %b : f32
  %1 = arith.cmpf oeq, %a, %b : f32
  %2 = arith.cmpf ogt, %a, %b : f32
  %3 = arith.cmpf oge, %a, %b : f32
  %4 = arith.cmpf olt, %a, %b : f32
  %5 = arith.cmpf ole, %a, %b : f32
  %6 = arith.cmpf one, %a, %b : f32
  %7 = arith.cmpf ord, %a, %b : f32
  %8 = arith.cmpf ueq, %a, %b : f32
  %9 = arith.cmpf ugt, %a, %b : f32
  %10 = arith.cmpf uge, %a, %b : f32
  %11 = arith.cmpf ult, %a, %b : f32
  %12 = arith.cmpf ule, %a, %b : f32
  %13 = arith.cmpf une, %a, %b : f32
  %14 = arith.cmpf uno, %a, %b : f32
  %15 = arith.cmpf true, %a, %b : f32
  %16 = arith.cmpf olt, %v, %v fastmath<fast> : vector<2xf64>
  %17 = arith.cmpf ueq, %a, %b fastmath<none> {x = 1} : f32
  return
}

// CHECK-LABEL: func.func @select(%arg0: i1, %arg1: i32, %arg2: i32, %arg3: vector<4xi1>, %arg4: vector<4xf32>, %arg5: tensor<2x?xi64>, %arg6: tensor<2x?xi1>) {
// CHECK-NEXT:    %0 = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT:    %1 = arith.select %arg3, %arg4, %arg4 : vector<4xi1>, vector<4xf32>
// CHECK-NEXT:    %2 = arith.select %arg0, %arg4, %arg4 : vector<4xf32>
// CHECK-NEXT:    %3 = arith.select %arg6, %arg5, %arg5 : tensor<2x?xi1>, tensor<2x?xi64>
// CHECK-NEXT:    %4 = arith.select %arg0, %arg1, %arg2 {fused} : i32
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @select(%c: i1, %a: i32, %b: i32, %vc: vector<4xi1>, %v: vector<4xf32>, %t: tensor<2x?xi64>, %tc: tensor<2x?xi1>) {
  %0 = arith.select %c, %a, %b : i32
  %1 = arith.select %vc, %v, %v : vector<4xi1>, vector<4xf32>
  %2 = arith.select %c, %v, %v : vector<4xf32>
  %3 = arith.select %tc, %t, %t : tensor<2x?xi1>, tensor<2x?xi64>
  %4 = arith.select %c, %a, %b {fused} : i32
  return
}

// CHECK-LABEL: func.func @constant_result_names() -> (index, index, i32, i32, i64) {
// CHECK-NEXT:    %c4 = arith.constant 4 : index
// CHECK-NEXT:    %c4_0 = arith.constant 4 : index
// CHECK-NEXT:    %c4_i32 = arith.constant 4 : i32
// CHECK-NEXT:    %c-4_i32 = arith.constant -4 : i32
// CHECK-NEXT:    %c4_i64 = arith.constant 4 : i64
// CHECK-NEXT:    return %c4, %c4_0, %c4_i32, %c-4_i32, %c4_i64 : index, index, i32, i32, i64
// CHECK-NEXT:  }
func.func @constant_result_names() -> (index, index, i32, i32, i64) {
  %0 = arith.constant 4 : index
  %1 = arith.constant 4 : index
  %2 = arith.constant 4 : i32
  %3 = arith.constant -4 : i32
  %4 = arith.constant 4 : i64
  return %0, %1, %2, %3, %4 : index, index, i32, i32, i64
}
