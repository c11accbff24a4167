// REQUIRES: mlir-opt
// Differential: dialectic-opt prints byte-identically what mlir-opt prints for ops.mlir, each tool reads the
// other's custom and generic output back to the same text, and the folders agree with mlir-opt's single-fold pass.

// RUN: dialectic-opt %S/ops.mlir > %t.dialectic
// RUN: mlir-opt %S/ops.mlir > %t.mlir-opt
// RUN: diff %t.mlir-opt %t.dialectic
// RUN: mlir-opt --mlir-print-op-generic %S/ops.mlir | dialectic-opt > %t.from-mlir-generic
// RUN: diff %t.mlir-opt %t.from-mlir-generic
// RUN: dialectic-opt --mlir-print-op-generic %S/ops.mlir | mlir-opt > %t.from-dialectic-generic
// RUN: diff %t.mlir-opt %t.from-dialectic-generic
// RUN: dialectic-opt %S/ops.mlir | mlir-opt > %t.from-dialectic
// RUN: diff %t.mlir-opt %t.from-dialectic
// RUN: dialectic-opt --mlir-print-op-generic %S/ops.mlir > %t.dialectic-generic
// RUN: mlir-opt --mlir-print-op-generic %S/ops.mlir > %t.mlir-opt-generic
// RUN: diff %t.mlir-opt-generic %t.dialectic-generic
// RUN: mlir-opt --test-single-fold %S/fold.mlir | FileCheck %S/fold.mlir
