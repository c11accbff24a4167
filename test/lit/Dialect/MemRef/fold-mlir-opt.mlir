// REQUIRES: mlir-opt
// Differential: dialectic-opt's --test-constant-fold gives byte-identically what mlir-opt's --test-single-fold gives
// on fold.mlir (both run every op's folder once and erase what became dead).

// RUN: dialectic-opt --test-constant-fold %S/fold.mlir > %t.dialectic
// RUN: mlir-opt --test-single-fold %S/fold.mlir > %t.mlir-opt
// RUN: diff %t.mlir-opt %t.dialectic
