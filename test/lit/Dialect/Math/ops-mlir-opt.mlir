// REQUIRES: mlir-opt
// Differential: dialectic-opt prints byte-identically what mlir-opt prints for ops.mlir, and each tool reads
// the other's generic output back to that same text.

// RUN: dialectic-opt %S/ops.mlir > %t.dialectic
// RUN: mlir-opt %S/ops.mlir > %t.mlir-opt
// RUN: diff %t.mlir-opt %t.dialectic

// RUN: dialectic-opt --mlir-print-op-generic %S/ops.mlir > %t.dialectic.generic
// RUN: mlir-opt --mlir-print-op-generic %S/ops.mlir > %t.mlir-opt.generic
// RUN: dialectic-opt %t.mlir-opt.generic > %t.dialectic.from-generic
// RUN: diff %t.mlir-opt %t.dialectic.from-generic
// RUN: mlir-opt %t.dialectic.generic > %t.mlir-opt.from-generic
// RUN: diff %t.mlir-opt %t.mlir-opt.from-generic
