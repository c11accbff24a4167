/*
 * dialectic_runner_utils: the runtime library dialectic-run loads (globally) before the program it runs.
 *
 * It provides the C-callable functions that code lowered by MLIR expects from mlir-runner's
 * libmlir_c_runner_utils and libmlir_runner_utils (printI64, printMemrefF32, memrefCopy, ...), written here
 * from their documented behaviour. Output is byte-identical to MLIR 22's: scalar prints use printf as
 * CRunnerUtils does; memref prints reproduce std::ostream's default formatting (%g with precision 6 for
 * floats, characters for i8, "0x..." for pointers).
 *
 * Memref descriptors (MLIR's C interface):
 *   ranked   { T *allocated; T *aligned; int64_t offset; int64_t sizes[rank]; int64_t strides[rank]; }
 *   unranked { int64_t rank; void *descriptor; }   (descriptor points at a ranked one)
 *
 * Functions prefixed dialectic_ are the engine's own hooks (flushing, capturing output); lowered code never
 * calls them.
 */

#include <fcntl.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define EXPORT __attribute__((visibility("default")))

/* ---- Scalar printing (libmlir_c_runner_utils) ------------------------------------------------------------ */

EXPORT void printI64(int64_t i) { fprintf(stdout, "%" PRId64, i); }
EXPORT void printU64(uint64_t u) { fprintf(stdout, "%" PRIu64, u); }
EXPORT void printF32(float f) { fprintf(stdout, "%g", (double)f); }
EXPORT void printF64(double d) { fprintf(stdout, "%g", d); }
EXPORT void printString(const char *s) { fputs(s, stdout); }
EXPORT void printOpen(void) { fputs("( ", stdout); }
EXPORT void printClose(void) { fputs(" )", stdout); }
EXPORT void printComma(void) { fputs(", ", stdout); }
EXPORT void printNewline(void) { fputc('\n', stdout); }
EXPORT void printCString(const char *s) { printf("%s", s); }
EXPORT void printFlops(double flops) { fprintf(stderr, "%lf GFLOPS\n", flops / 1.0E9); }

EXPORT double rtclock(void)
{
    struct timeval tp;
    int stat = gettimeofday(&tp, NULL);
    if (stat != 0)
        fprintf(stderr, "Error returning time from gettimeofday: %d\n", stat);
    return (double)tp.tv_sec + (double)tp.tv_usec * 1.0e-6;
}

EXPORT int64_t _mlir_ciface_nanoTime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + (int64_t)ts.tv_nsec;
}

/* ---- Allocation ------------------------------------------------------------------------------------------ */

EXPORT void *mlirAlloc(uint64_t size) { return malloc(size); }
EXPORT void *mlirAlignedAlloc(uint64_t alignment, uint64_t size) { return aligned_alloc(alignment, size); }
EXPORT void mlirFree(void *ptr) { free(ptr); }
EXPORT void mlirAlignedFree(void *ptr) { free(ptr); }

/* ---- Memref views ---------------------------------------------------------------------------------------- */

typedef struct {
    int64_t rank;
    void *descriptor;
} UnrankedMemRef;

/* A rank-erased view of a ranked descriptor: sizes and strides point into the descriptor. */
typedef struct {
    int64_t rank;
    char *allocated; /* the pointer malloc returned */
    char *data;      /* the aligned pointer */
    int64_t offset;
    const int64_t *sizes;
    const int64_t *strides;
} MemRefView;

static MemRefView view_of(int64_t rank, void *descriptor)
{
    /* Layout: two pointers, the offset, then rank sizes and rank strides. */
    char **pointers = (char **)descriptor;
    const int64_t *fields = (const int64_t *)(pointers + 2);
    MemRefView v;
    v.rank = rank;
    v.allocated = pointers[0];
    v.data = pointers[1];
    v.offset = fields[0];
    v.sizes = fields + 1;
    v.strides = fields + 1 + rank;
    return v;
}

static MemRefView view_of_unranked(const UnrankedMemRef *m) { return view_of(m->rank, m->descriptor); }

/* memrefCopy(elemSize, src, dst): copies a strided view element by element (odometer order). */
EXPORT void memrefCopy(int64_t elemSize, UnrankedMemRef *srcArg, UnrankedMemRef *dstArg)
{
    MemRefView src = view_of_unranked(srcArg);
    MemRefView dst = view_of_unranked(dstArg);
    int64_t rank = src.rank;
    for (int64_t d = 0; d < rank; ++d)
        if (src.sizes[d] == 0)
            return;
    char *srcPtr = src.data + src.offset * elemSize;
    char *dstPtr = dst.data + dst.offset * elemSize;
    if (rank == 0) {
        memcpy(dstPtr, srcPtr, (size_t)elemSize);
        return;
    }
    int64_t *indices = (int64_t *)calloc((size_t)rank, sizeof(int64_t));
    if (indices == NULL)
        return;
    int64_t readIndex = 0, writeIndex = 0;
    for (;;) {
        memcpy(dstPtr + writeIndex, srcPtr + readIndex, (size_t)elemSize);
        int64_t axis = rank - 1;
        for (; axis >= 0; --axis) {
            int64_t next = ++indices[axis];
            readIndex += src.strides[axis] * elemSize;
            writeIndex += dst.strides[axis] * elemSize;
            if (next != src.sizes[axis])
                break;
            if (axis == 0) {
                free(indices);
                return;
            }
            indices[axis] = 0;
            readIndex -= src.sizes[axis] * src.strides[axis] * elemSize;
            writeIndex -= dst.sizes[axis] * dst.strides[axis] * elemSize;
        }
    }
}

/* ---- Memref printing (libmlir_runner_utils) -------------------------------------------------------------- */

typedef enum { K_I8, K_I16, K_I32, K_I64, K_IND, K_F16, K_BF16, K_F32, K_F64, K_C32, K_C64 } ElemKind;

static size_t elem_size(ElemKind k)
{
    switch (k) {
    case K_I8: return 1;
    case K_I16: case K_F16: case K_BF16: return 2;
    case K_I32: case K_F32: return 4;
    case K_C64: return 16;
    default: return 8;
    }
}

static float half_to_float(uint16_t h)
{
    uint32_t sign = (uint32_t)(h & 0x8000u) << 16;
    uint32_t exponent = (h >> 10) & 0x1Fu;
    uint32_t mantissa = h & 0x3FFu;
    uint32_t bits;
    if (exponent == 0x1F) {
        bits = sign | 0x7F800000u | (mantissa << 13);
    } else if (exponent != 0) {
        bits = sign | ((exponent + 112u) << 23) | (mantissa << 13);
    } else if (mantissa == 0) {
        bits = sign;
    } else {
        /* Subnormal half: normalise. */
        exponent = 113;
        while ((mantissa & 0x400u) == 0) {
            mantissa <<= 1;
            exponent--;
        }
        bits = sign | (exponent << 23) | ((mantissa & 0x3FFu) << 13);
    }
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

static float bfloat_to_float(uint16_t b)
{
    uint32_t bits = (uint32_t)b << 16;
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

/* One element as std::ostream prints it by default. */
static void print_elem(FILE *out, ElemKind k, const char *p)
{
    switch (k) {
    case K_I8: fputc(*(const char *)p, out); break; /* ostream << int8_t writes a character */
    case K_I16: { int16_t v; memcpy(&v, p, 2); fprintf(out, "%d", (int)v); break; }
    case K_I32: { int32_t v; memcpy(&v, p, 4); fprintf(out, "%d", v); break; }
    case K_I64: { int64_t v; memcpy(&v, p, 8); fprintf(out, "%" PRId64, v); break; }
    case K_IND: { uint64_t v; memcpy(&v, p, 8); fprintf(out, "%" PRIu64, v); break; }
    case K_F16: { uint16_t v; memcpy(&v, p, 2); fprintf(out, "%g", (double)half_to_float(v)); break; }
    case K_BF16: { uint16_t v; memcpy(&v, p, 2); fprintf(out, "%g", (double)bfloat_to_float(v)); break; }
    case K_F32: { float v; memcpy(&v, p, 4); fprintf(out, "%g", (double)v); break; }
    case K_F64: { double v; memcpy(&v, p, 8); fprintf(out, "%g", v); break; }
    case K_C32: { float v[2]; memcpy(v, p, 8); fprintf(out, "(%g,%g)", (double)v[0], (double)v[1]); break; }
    case K_C64: { double v[2]; memcpy(v, p, 16); fprintf(out, "(%g,%g)", v[0], v[1]); break; }
    }
}

static void print_spaces(FILE *out, int64_t count)
{
    for (int64_t i = 0; i < count; ++i)
        fputc(' ', out);
}

static void print_pointer(FILE *out, const void *p)
{
    if (p == NULL)
        fputs("0", out); /* ostream prints a null pointer as 0 */
    else
        fprintf(out, "0x%" PRIxPTR, (uintptr_t)p);
}

static void print_list(FILE *out, const int64_t *values, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        fprintf(out, i == 0 ? "%" PRId64 : ", %" PRId64, values[i]);
}

static void print_metadata(FILE *out, const MemRefView *v)
{
    fputs("base@ = ", out);
    print_pointer(out, v->data);
    fprintf(out, " rank = %" PRId64 " offset = %" PRId64 " sizes = [", v->rank, v->offset);
    print_list(out, v->sizes, v->rank);
    fputs("] strides = [", out);
    print_list(out, v->strides, v->rank);
    fputs("]", out);
}

/*
 * The data of dimension `dim` (counting down to 0) at element `offset`, as MLIR's MemRefDataPrinter lays it
 * out: brackets per dimension, ", " between elements, a newline after the comma between rows of rank > 1, and
 * (rank - dim + 1) spaces before every element but the first of its row. Recursion depth is the rank.
 * As upstream, a dimension of size 0 still prints its first element.
 */
static void print_data(FILE *out, ElemKind k, const char *base, int64_t dim, int64_t rank, int64_t offset,
                       const int64_t *sizes, const int64_t *strides)
{
    if (dim == 0) {
        print_elem(out, k, base + offset * (int64_t)elem_size(k));
        return;
    }
    fputs("[", out);
    print_data(out, k, base, dim - 1, rank, offset, sizes + 1, strides + 1);
    if (sizes[0] <= 1) {
        fputs("]", out);
        return;
    }
    fputs(", ", out);
    if (dim > 1)
        fputs("\n", out);
    for (int64_t i = 1; i + 1 < sizes[0]; ++i) {
        print_spaces(out, rank - dim + 1);
        print_data(out, k, base, dim - 1, rank, offset + i * strides[0], sizes + 1, strides + 1);
        fputs(", ", out);
        if (dim > 1)
            fputs("\n", out);
    }
    print_spaces(out, rank - dim + 1);
    print_data(out, k, base, dim - 1, rank, offset + (sizes[0] - 1) * strides[0], sizes + 1, strides + 1);
    fputs("]", out);
}

static void print_memref(const char *prefix, ElemKind k, const MemRefView *v)
{
    fputs(prefix, stdout);
    print_metadata(stdout, v);
    fputs(" data = \n", stdout);
    if (v->rank == 0)
        fputs("[", stdout);
    print_data(stdout, k, v->data, v->rank, v->rank, v->offset, v->sizes, v->strides);
    if (v->rank == 0)
        fputs("]", stdout);
    fputs("\n", stdout);
    fflush(stdout);
}

static void print_unranked(ElemKind k, UnrankedMemRef *m)
{
    MemRefView v = view_of_unranked(m);
    print_memref("Unranked Memref ", k, &v);
}

static void print_shape(UnrankedMemRef *m)
{
    MemRefView v = view_of_unranked(m);
    fputs("Unranked Memref ", stdout);
    print_metadata(stdout, &v);
    fputs("\n", stdout);
}

#define DEFINE_UNRANKED_PRINTERS(NAME, KIND)                                                                  \
    EXPORT void _mlir_ciface_printMemref##NAME(UnrankedMemRef *m) { print_unranked(KIND, m); }               \
    EXPORT void printMemref##NAME(int64_t rank, void *ptr)                                                   \
    {                                                                                                        \
        UnrankedMemRef m = {rank, ptr};                                                                      \
        print_unranked(KIND, &m);                                                                            \
    }

DEFINE_UNRANKED_PRINTERS(I8, K_I8)
DEFINE_UNRANKED_PRINTERS(I16, K_I16)
DEFINE_UNRANKED_PRINTERS(I32, K_I32)
DEFINE_UNRANKED_PRINTERS(I64, K_I64)
DEFINE_UNRANKED_PRINTERS(Ind, K_IND)
DEFINE_UNRANKED_PRINTERS(F16, K_F16)
DEFINE_UNRANKED_PRINTERS(BF16, K_BF16)
DEFINE_UNRANKED_PRINTERS(F32, K_F32)
DEFINE_UNRANKED_PRINTERS(F64, K_F64)
DEFINE_UNRANKED_PRINTERS(C32, K_C32)
DEFINE_UNRANKED_PRINTERS(C64, K_C64)

#define DEFINE_SHAPE_PRINTER(NAME) \
    EXPORT void _mlir_ciface_printMemrefShape##NAME(UnrankedMemRef *m) { print_shape(m); }

DEFINE_SHAPE_PRINTER(I8)
DEFINE_SHAPE_PRINTER(I32)
DEFINE_SHAPE_PRINTER(I64)
DEFINE_SHAPE_PRINTER(F32)
DEFINE_SHAPE_PRINTER(F64)
DEFINE_SHAPE_PRINTER(Ind)
DEFINE_SHAPE_PRINTER(C32)
DEFINE_SHAPE_PRINTER(C64)

/* Ranked descriptors: the rank is in the function's name. */
#define DEFINE_RANKED_PRINTER(NAME, KIND, RANK)                                                               \
    EXPORT void _mlir_ciface_printMemref##NAME(void *descriptor)                                             \
    {                                                                                                        \
        MemRefView v = view_of(RANK, descriptor);                                                            \
        print_memref("Memref ", KIND, &v);                                                                   \
    }

DEFINE_RANKED_PRINTER(0dF32, K_F32, 0)
DEFINE_RANKED_PRINTER(1dF32, K_F32, 1)
DEFINE_RANKED_PRINTER(2dF32, K_F32, 2)
DEFINE_RANKED_PRINTER(3dF32, K_F32, 3)
DEFINE_RANKED_PRINTER(4dF32, K_F32, 4)
DEFINE_RANKED_PRINTER(1dI8, K_I8, 1)
DEFINE_RANKED_PRINTER(1dI32, K_I32, 1)
DEFINE_RANKED_PRINTER(1dI64, K_I64, 1)
DEFINE_RANKED_PRINTER(1dF64, K_F64, 1)
DEFINE_RANKED_PRINTER(1dInd, K_IND, 1)
DEFINE_RANKED_PRINTER(1dC32, K_C32, 1)
DEFINE_RANKED_PRINTER(1dC64, K_C64, 1)

/* ---- Memref verification (libmlir_runner_utils) ---------------------------------------------------------- */

static int elem_equal(ElemKind k, const char *a, const char *e)
{
    double x, y, eps;
    switch (k) {
    case K_F32: { float fa, fe; memcpy(&fa, a, 4); memcpy(&fe, e, 4); x = fa; y = fe; eps = 1e-6; break; }
    case K_F64: memcpy(&x, a, 8); memcpy(&y, e, 8); eps = 1e-12; break;
    default: return memcmp(a, e, elem_size(k)) == 0;
    }
    /* Relative error: never equal when either value is infinite or NaN. */
    if (x - x != 0 || y - y != 0)
        return 0;
    double delta = x > y ? x - y : y - x;
    double scale = y < 0 ? -y : y;
    return delta <= eps * scale;
}

static int64_t verify_data(ElemKind k, const MemRefView *actual, const MemRefView *expected)
{
    int64_t rank = actual->rank;
    for (int64_t d = 0; d < rank; ++d)
        if (actual->sizes[d] == 0)
            return 0;
    int64_t *indices = (int64_t *)calloc((size_t)(rank > 0 ? rank : 1), sizeof(int64_t));
    if (indices == NULL)
        return 0;
    int64_t errors = 0, printed = 0;
    size_t size = elem_size(k);
    for (;;) {
        int64_t offset = actual->offset;
        for (int64_t d = 0; d < rank; ++d)
            offset += indices[d] * actual->strides[d];
        /* As upstream, elements are read from the allocated (not the aligned) pointers. */
        const char *a = actual->allocated + offset * (int64_t)size;
        const char *e = expected->allocated + offset * (int64_t)size;
        if (!elem_equal(k, a, e)) {
            if (printed < 10) {
                print_elem(stderr, k, a);
                fputs(" != ", stderr);
                print_elem(stderr, k, e);
                fprintf(stderr, " offset = %" PRId64 "\n", offset);
                printed++;
            }
            errors++;
        }
        int64_t axis = rank - 1;
        for (; axis >= 0; --axis) {
            if (++indices[axis] != actual->sizes[axis])
                break;
            indices[axis] = 0;
        }
        if (axis < 0)
            break;
    }
    free(indices);
    return errors;
}

static int64_t verify_unranked(ElemKind k, UnrankedMemRef *actualArg, UnrankedMemRef *expectedArg)
{
    MemRefView actual = view_of_unranked(actualArg);
    MemRefView expected = view_of_unranked(expectedArg);
    for (int64_t i = 0; i < actual.rank; ++i) {
        if (expected.rank != actual.rank || actual.offset != expected.offset ||
            actual.sizes[i] != expected.sizes[i] || actual.strides[i] != expected.strides[i]) {
            print_metadata(stderr, &actual);
            print_metadata(stderr, &expected);
            return -1;
        }
    }
    return verify_data(k, &actual, &expected);
}

#define DEFINE_VERIFIER(NAME, KIND)                                                                           \
    EXPORT int64_t _mlir_ciface_verifyMemRef##NAME(UnrankedMemRef *actual, UnrankedMemRef *expected)         \
    {                                                                                                        \
        return verify_unranked(KIND, actual, expected);                                                      \
    }                                                                                                        \
    EXPORT int64_t verifyMemRef##NAME(int64_t rank, void *actualPtr, void *expectedPtr)                      \
    {                                                                                                        \
        UnrankedMemRef a = {rank, actualPtr};                                                                \
        UnrankedMemRef e = {rank, expectedPtr};                                                              \
        return verify_unranked(KIND, &a, &e);                                                                \
    }

DEFINE_VERIFIER(I8, K_I8)
DEFINE_VERIFIER(I16, K_I16)
DEFINE_VERIFIER(I32, K_I32)
DEFINE_VERIFIER(I64, K_I64)
DEFINE_VERIFIER(Ind, K_IND)
DEFINE_VERIFIER(F16, K_F16)
DEFINE_VERIFIER(BF16, K_BF16)
DEFINE_VERIFIER(F32, K_F32)
DEFINE_VERIFIER(F64, K_F64)
DEFINE_VERIFIER(C32, K_C32)
DEFINE_VERIFIER(C64, K_C64)

/* ---- Sorting (libmlir_c_runner_utils) -------------------------------------------------------------------- */

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}
static int cmp_f64(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}
static int cmp_f32(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return (x > y) - (x < y);
}

#define DEFINE_SORT(NAME, T, CMP)                                                                             \
    EXPORT void _mlir_ciface_stdSort##NAME(uint64_t n, void *descriptor)                                     \
    {                                                                                                        \
        MemRefView v = view_of(1, descriptor);                                                               \
        qsort((T *)v.data + v.offset, (size_t)n, sizeof(T), CMP);                                            \
    }

DEFINE_SORT(I64, int64_t, cmp_i64)
DEFINE_SORT(F64, double, cmp_f64)
DEFINE_SORT(F32, float, cmp_f32)

/* ---- Engine hooks ---------------------------------------------------------------------------------------- */

/* Flushes every C stdio stream, so that native output precedes what the engine prints next. */
EXPORT void dialectic_flush(void) { fflush(NULL); }

/*
 * Formats a returned value as mlir-runner prints it (LLVM's raw_ostream << double): "nan", "INF", "-INF", or
 * "%.6e". Returns what snprintf returns.
 */
EXPORT int dialectic_format_double(double v, char *buf, int size)
{
    if (v != v)
        return snprintf(buf, (size_t)size, "nan");
    if (v - v != 0)
        return snprintf(buf, (size_t)size, v < 0 ? "-INF" : "INF");
    return snprintf(buf, (size_t)size, "%.6e", v);
}

/*
 * Points file descriptor `fd` at the file `path` (created or truncated) and returns a duplicate of the old
 * descriptor for dialectic_redirect_end, or -1 on failure (then nothing changed).
 */
EXPORT int dialectic_redirect_begin(int fd, const char *path)
{
    fflush(NULL);
    int saved = dup(fd);
    if (saved < 0)
        return -1;
    int file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (file < 0) {
        close(saved);
        return -1;
    }
    if (dup2(file, fd) < 0) {
        close(file);
        close(saved);
        return -1;
    }
    close(file);
    return saved;
}

/* Restores `fd` from `saved` (a result of dialectic_redirect_begin), flushing what was written meanwhile. */
EXPORT void dialectic_redirect_end(int fd, int saved)
{
    fflush(NULL);
    if (saved < 0)
        return;
    dup2(saved, fd);
    close(saved);
}
