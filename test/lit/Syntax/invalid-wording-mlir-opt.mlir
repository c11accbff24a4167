// REQUIRES: mlir-opt
// The oracle check for invalid-wording.mlir: mlir-opt produces exactly the diagnostics that file expects,
// at the same places, so dialectic-opt's wording and positions there are MLIR's.
// RUN: mlir-opt %S/invalid-wording.mlir --split-input-file --verify-diagnostics --allow-unregistered-dialect
