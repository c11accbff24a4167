// REQUIRES: mlir-opt
// Differential: dialectic-opt prints byte-identically what mlir-opt prints for ops.mlir, in custom and generic
// form, and each tool reads the other's generic output back to the same text.

// RUN: dialectic-opt --allow-unregistered-dialect %S/ops.mlir > %t.dialectic
// RUN: mlir-opt --allow-unregistered-dialect %S/ops.mlir > %t.mlir-opt
// RUN: diff %t.mlir-opt %t.dialectic

// RUN: dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic %S/ops.mlir > %t.dialectic.generic
// RUN: mlir-opt --allow-unregistered-dialect --mlir-print-op-generic %S/ops.mlir > %t.mlir-opt.generic
// RUN: diff %t.mlir-opt.generic %t.dialectic.generic

// RUN: dialectic-opt --allow-unregistered-dialect %t.mlir-opt.generic > %t.dialectic.from-generic
// RUN: diff %t.mlir-opt %t.dialectic.from-generic
// RUN: mlir-opt --allow-unregistered-dialect %t.dialectic.generic > %t.mlir-opt.from-generic
// RUN: diff %t.mlir-opt %t.mlir-opt.from-generic
