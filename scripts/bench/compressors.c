/* The stored-text compressors side by side: zlib level 3 against a 32 KB preset dictionary (the index's format before
 * 010) and zstd levels 1-5 against a dictionary of DICT bytes (010 uses level 3 and 64 KB), on whole files as a
 * stand-in for a file's serialized paragraphs. Built and run by compressors.sh; prints `name value unit` lines. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>
#include <zstd.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc != 2) { fprintf(stderr, "usage: compressors DICT_BYTES < list-of-files\n"); return 2; }
  size_t dictLimit = (size_t)atol(argv[1]);
  char path[4096];
  size_t n = 0, capacity = 1024, total = 0;
  char **texts = malloc(capacity * sizeof *texts);
  size_t *sizes = malloc(capacity * sizeof *sizes);
  while (fgets(path, sizeof path, stdin)) {
    path[strcspn(path, "\n")] = 0;
    FILE *f = fopen(path, "rb");
    if (!f) continue;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    if (n == capacity) {
      capacity *= 2;
      texts = realloc(texts, capacity * sizeof *texts);
      sizes = realloc(sizes, capacity * sizeof *sizes);
    }
    texts[n] = malloc(size > 0 ? size : 1);
    sizes[n] = fread(texts[n], 1, size, f);
    total += sizes[n++];
    fclose(f);
  }
  if (n == 0) { fprintf(stderr, "compressors: no files\n"); return 1; }
  /* As ParagraphStore.makeDictionary: the first 2 KB of files spread over the list. */
  char *dict = malloc(dictLimit + 1);
  size_t dictSize = 0, pieces = dictLimit / 2048, step = n / pieces > 0 ? n / pieces : 1;
  for (size_t i = 0; i < n && dictSize + 2048 <= dictLimit; i += step) {
    size_t take = sizes[i] < 2048 ? sizes[i] : 2048;
    memcpy(dict + dictSize, texts[i], take);
    dictSize += take;
  }
  size_t outCapacity = 1 << 24;
  unsigned char *out = malloc(outCapacity);

  z_stream primed;
  memset(&primed, 0, sizeof primed);
  deflateInit2(&primed, 3, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY);
  size_t zlibDict = dictSize > 32768 ? 32768 : dictSize;
  deflateSetDictionary(&primed, (unsigned char *)dict + dictSize - zlibDict, (uInt)zlibDict);
  double start = now();
  size_t compressed = 0;
  for (size_t i = 0; i < n; i++) {
    z_stream s;
    deflateCopy(&s, &primed);
    s.next_in = (unsigned char *)texts[i];
    s.avail_in = (uInt)sizes[i];
    s.next_out = out;
    s.avail_out = (uInt)outCapacity;
    deflate(&s, Z_FINISH);
    compressed += s.total_out;
    deflateEnd(&s);
  }
  printf("compress_zlib3_dict32k %.3f s (%zu files, %.1f MB, size %.3f of the text)\n", now() - start, n, total / 1e6,
         (double)compressed / total);

  ZSTD_CCtx *alone = ZSTD_createCCtx();
  compressed = 0;
  for (size_t i = 0; i < n; i++) compressed += ZSTD_compressCCtx(alone, out, outCapacity, texts[i], sizes[i], 3);
  printf("compress_zstd3_no_dict_size %.3f of the text\n", (double)compressed / total);
  for (int level = 1; level <= 5; level++) {
    ZSTD_CDict *digested = ZSTD_createCDict(dict, dictSize, level);
    ZSTD_CCtx *context = ZSTD_createCCtx();
    start = now();
    compressed = 0;
    for (size_t i = 0; i < n; i++) {
      size_t size = ZSTD_compress_usingCDict(context, out, outCapacity, texts[i], sizes[i], digested);
      if (ZSTD_isError(size)) { fprintf(stderr, "zstd: %s\n", ZSTD_getErrorName(size)); return 1; }
      compressed += size;
    }
    printf("compress_zstd%d_dict%zuk %.3f s (size %.3f of the text)\n", level, dictSize / 1024, now() - start,
           (double)compressed / total);
    ZSTD_freeCDict(digested);
    ZSTD_freeCCtx(context);
  }
  return 0;
}
