// REQUIRES: mlir-opt
// Differential: dialectic-opt prints byte-identically what mlir-opt prints for the same llvm-dialect input, in
// custom and generic form.

// RUN: dialectic-opt %S/ops.mlir > %t.ops.dialectic
// RUN: mlir-opt %S/ops.mlir > %t.ops.mlir-opt
// RUN: diff %t.ops.mlir-opt %t.ops.dialectic
// RUN: dialectic-opt --mlir-print-op-generic %S/ops.mlir > %t.ops.dialectic.generic
// RUN: mlir-opt --mlir-print-op-generic %S/ops.mlir > %t.ops.mlir-opt.generic
// RUN: diff %t.ops.mlir-opt.generic %t.ops.dialectic.generic

// RUN: dialectic-opt %S/syntax.mlir > %t.syntax.dialectic
// RUN: mlir-opt %S/syntax.mlir > %t.syntax.mlir-opt
// RUN: diff %t.syntax.mlir-opt %t.syntax.dialectic
// RUN: dialectic-opt --mlir-print-op-generic %S/syntax.mlir > %t.syntax.dialectic.generic
// RUN: mlir-opt --mlir-print-op-generic %S/syntax.mlir > %t.syntax.mlir-opt.generic
// RUN: diff %t.syntax.mlir-opt.generic %t.syntax.dialectic.generic

// RUN: dialectic-opt --allow-unregistered-dialect %S/types.mlir > %t.types.dialectic
// RUN: mlir-opt --allow-unregistered-dialect %S/types.mlir > %t.types.mlir-opt
// RUN: diff %t.types.mlir-opt %t.types.dialectic
// RUN: dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic %S/types.mlir > %t.types.dialectic.generic
// RUN: mlir-opt --allow-unregistered-dialect --mlir-print-op-generic %S/types.mlir > %t.types.mlir-opt.generic
// RUN: diff %t.types.mlir-opt.generic %t.types.dialectic.generic

// mlir-opt's own lowering of a func/arith/math/scf/memref/cf program, read and printed by both tools.
// RUN: mlir-opt --convert-scf-to-cf --convert-math-to-llvm --expand-strided-metadata --finalize-memref-to-llvm --convert-arith-to-llvm --convert-index-to-llvm --convert-cf-to-llvm --convert-func-to-llvm --reconcile-unrealized-casts %S/Inputs/lowering-source.mlir > %t.lowered.mlir
// RUN: dialectic-opt %t.lowered.mlir > %t.lowered.dialectic
// RUN: mlir-opt %t.lowered.mlir > %t.lowered.mlir-opt
// RUN: diff %t.lowered.mlir-opt %t.lowered.dialectic
// RUN: dialectic-opt --mlir-print-op-generic %t.lowered.mlir > %t.lowered.dialectic.generic
// RUN: mlir-opt --mlir-print-op-generic %t.lowered.mlir > %t.lowered.mlir-opt.generic
// RUN: diff %t.lowered.mlir-opt.generic %t.lowered.dialectic.generic
// RUN: mlir-opt --convert-to-llvm --reconcile-unrealized-casts %S/Inputs/lowering-source.mlir > %t.lowered2.mlir
// RUN: dialectic-opt %t.lowered2.mlir > %t.lowered2.dialectic
// RUN: mlir-opt %t.lowered2.mlir > %t.lowered2.mlir-opt
// RUN: diff %t.lowered2.mlir-opt %t.lowered2.dialectic
