// Each chunk is parsed, verified and printed on its own, in a fresh context; the outputs are joined by the
// output split marker.
// RUN: dialectic-opt --allow-unregistered-dialect --split-input-file %s | FileCheck %s
// RUN: dialectic-opt --allow-unregistered-dialect --split-input-file --output-split-marker='// ---- next ----' %s \
// RUN:   | FileCheck %s --check-prefix=OUTMARK
// RUN: dialectic-opt --allow-unregistered-dialect '--split-input-file=// =====' %s | FileCheck %s --check-prefix=CUSTOM
// RUN: dialectic-opt --allow-unregistered-dialect %s | FileCheck %s --check-prefix=NOSPLIT

// CHECK:      module {
// CHECK-NEXT:   "foo.first"() : () -> ()
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-NEXT: // -----
// CHECK-NEXT: module {
// CHECK-NEXT:   "foo.second"() : () -> ()
// CHECK-NEXT:   "foo.third"() : () -> ()
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-NEXT: // -----
// CHECK-NEXT: module {
// CHECK-NEXT:   "foo.fourth"() : () -> ()
// CHECK-NEXT: }

// OUTMARK:      "foo.first"
// OUTMARK:      // ---- next ----
// OUTMARK-NEXT: module {
// OUTMARK-NEXT:   "foo.second"
// OUTMARK:      // ---- next ----
// OUTMARK-NEXT: module {
// OUTMARK-NEXT:   "foo.fourth"
// OUTMARK-NOT:  // -----

// CUSTOM:      module {
// CUSTOM-NEXT:   "foo.first"() : () -> ()
// CUSTOM-NEXT:   "foo.second"() : () -> ()
// CUSTOM-NEXT: }
// CUSTOM-EMPTY:
// CUSTOM-NEXT: // -----
// CUSTOM-NEXT: module {
// CUSTOM-NEXT:   "foo.third"() : () -> ()
// CUSTOM-NEXT:   "foo.fourth"() : () -> ()
// CUSTOM-NEXT: }

// NOSPLIT:      module {
// NOSPLIT-NEXT:   "foo.first"() : () -> ()
// NOSPLIT-NEXT:   "foo.second"() : () -> ()
// NOSPLIT-NEXT:   "foo.third"() : () -> ()
// NOSPLIT-NEXT:   "foo.fourth"() : () -> ()
// NOSPLIT-NEXT: }

"foo.first"() : () -> ()

// -----

"foo.second"() : () -> ()

// =====

"foo.third"() : () -> ()

// -----

"foo.fourth"() : () -> ()
