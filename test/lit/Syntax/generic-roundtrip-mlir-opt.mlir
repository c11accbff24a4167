// REQUIRES: mlir-opt
// Differential round trip: what dialectic-opt prints, mlir-opt must read back to the same text, and the other
// way round. The input and the CHECK lines are those of generic-roundtrip.mlir.

// RUN: dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic --split-input-file %S/generic-roundtrip.mlir \
// RUN:   | mlir-opt --allow-unregistered-dialect --mlir-print-op-generic --split-input-file \
// RUN:   | FileCheck %S/generic-roundtrip.mlir
// RUN: mlir-opt --allow-unregistered-dialect --mlir-print-op-generic --split-input-file %S/generic-roundtrip.mlir \
// RUN:   | dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic --split-input-file \
// RUN:   | FileCheck %S/generic-roundtrip.mlir
// RUN: dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic --split-input-file --mlir-print-debuginfo \
// RUN:   %S/generic-roundtrip.mlir \
// RUN:   | mlir-opt --allow-unregistered-dialect --mlir-print-op-generic --split-input-file --mlir-print-debuginfo \
// RUN:   | FileCheck %S/generic-roundtrip.mlir --check-prefix=LOC
// RUN: dialectic-opt --allow-unregistered-dialect --split-input-file %S/generic-roundtrip.mlir \
// RUN:   | mlir-opt --allow-unregistered-dialect --split-input-file \
// RUN:   | FileCheck %S/generic-roundtrip.mlir --check-prefix=CUSTOM
