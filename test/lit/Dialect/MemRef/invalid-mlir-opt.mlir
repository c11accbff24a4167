// REQUIRES: mlir-opt
// The expected diagnostics of invalid.mlir are mlir-opt-22's: the same file passes its verifier too.

// RUN: mlir-opt %S/invalid.mlir --split-input-file --verify-diagnostics --allow-unregistered-dialect
