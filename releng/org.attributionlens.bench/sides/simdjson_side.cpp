// The C++ reference of `./attributionlens bench`: simdjson, the SIMD JSON parser, reading a native
// attribution file into floats the way our reader does, on one core.
//
// Compiled and run by the benchmark (org.attributionlens.internal.cli.bench.SimdjsonSide) when a
// C++ compiler and simdjson's headers and library are installed (Debian: g++, libsimdjson-dev).
// Not a competitor users run today: a yardstick for how fast JSON numbers can be parsed on this
// machine, beside the raw read of the file.
//
//   simdjson_side FILE [--warmups W] [--min-ms M] [--runs N]
//
// Each run: open FILE, read() all its bytes into a buffer reused across runs (from the page cache
// after the warm-up, as our reader's reads are), parse it with simdjson's DOM parser (reused),
// check that token_attr is a rectangle of output_tokens x input_tokens, and convert every
// value to float into a reused array. After W warm-up runs and at least M ms of them, N runs are
// timed; prints one line `result median_ms=... min_ms=... max_ms=... runs=N values=... ...`.
#include <simdjson.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

double now_ms() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// The file's bytes, read into `buffer` (grown to the size plus simdjson's padding); returns the size.
size_t read_file(const char* path, std::vector<char>& buffer) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) throw std::runtime_error(std::string("cannot open ") + path);
  off_t size = lseek(fd, 0, SEEK_END);
  lseek(fd, 0, SEEK_SET);
  if (buffer.size() < size_t(size) + simdjson::SIMDJSON_PADDING) buffer.resize(size_t(size) + simdjson::SIMDJSON_PADDING);
  size_t done = 0;
  while (done < size_t(size)) {
    ssize_t n = read(fd, buffer.data() + done, size_t(size) - done);
    if (n <= 0) { close(fd); throw std::runtime_error(std::string("cannot read ") + path); }
    done += size_t(n);
  }
  close(fd);
  return done;
}

size_t string_count(simdjson::dom::element document, const char* key) {
  size_t count = 0;
  for (simdjson::dom::element token : document[key].get_array()) {
    std::string_view text = token.get_string();
    (void) text;
    count++;
  }
  return count;
}

// One read: bytes, parse, check, floats. Returns the number of values.
size_t read_once(const char* path, std::vector<char>& buffer, simdjson::dom::parser& parser, std::vector<float>& values) {
  size_t size = read_file(path, buffer);
  simdjson::dom::element document = parser.parse(buffer.data(), size, false);
  // as Captum's token_attr: a row per output token, a value per input token
  size_t rows = string_count(document, "output_tokens");
  size_t columns = string_count(document, "input_tokens");
  values.resize(rows * columns);
  size_t row = 0;
  for (simdjson::dom::element line : document["token_attr"].get_array()) {
    if (row == rows) throw std::runtime_error("more rows than output tokens");
    size_t column = 0;
    float* out = values.data() + row * columns;
    for (simdjson::dom::element value : line.get_array()) {
      if (column == columns) throw std::runtime_error("a row longer than the input tokens");
      out[column++] = float(double(value));
    }
    if (column != columns) throw std::runtime_error("a row shorter than the input tokens");
    row++;
  }
  if (row != rows) throw std::runtime_error("fewer rows than output tokens");
  return rows * columns;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: simdjson_side FILE [--warmups W] [--min-ms M] [--runs N]\n");
    return 2;
  }
  int warmups = 3;
  double min_ms = 1000;
  int runs = 7;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--warmups")) warmups = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--min-ms")) min_ms = std::atof(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--runs")) runs = std::max(1, std::atoi(argv[i + 1]));
    else { std::fprintf(stderr, "unknown option %s\n", argv[i]); return 2; }
  }
  try {
    std::vector<char> buffer;
    std::vector<float> values;
    simdjson::dom::parser parser;
    size_t count = 0;
    double start = now_ms();
    for (int i = 0; i < warmups || now_ms() - start < min_ms; i++) {
      count = read_once(argv[1], buffer, parser, values);
    }
    std::vector<double> times;
    for (int i = 0; i < runs; i++) {
      double t0 = now_ms();
      read_once(argv[1], buffer, parser, values);
      times.push_back(now_ms() - t0);
    }
    std::sort(times.begin(), times.end());
    std::printf("result median_ms=%.4f min_ms=%.4f max_ms=%.4f runs=%d values=%zu simdjson=%s implementation=%s\n",
                times[times.size() / 2], times.front(), times.back(), runs, count, SIMDJSON_STRINGIFY(SIMDJSON_VERSION),
                simdjson::get_active_implementation()->name().c_str());
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "simdjson_side: %s: %s\n", argv[1], e.what());
    return 1;
  }
}
