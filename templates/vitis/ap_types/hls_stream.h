// Hls4Net: minimal clean-room hls::stream for C simulation (own code, C++14). Used only when no vendor headers
// ($XILINX_HLS/include or --ap-types) are given. A stream is an unbounded FIFO backed by std::deque: write()
// appends, read() removes the oldest element. Reading an empty stream is a testbench/design error: it prints a
// message naming the stream and aborts (a hardware FIFO would block forever).
#ifndef HLS_STREAM_H_
#define HLS_STREAM_H_

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <string>

namespace hls {

template <class T> class stream {
  public:
    stream() : name_("hls::stream") {}
    explicit stream(const char *name) : name_(name == 0 ? "hls::stream" : name) {}

    // A FIFO is a single hardware channel: it can be neither copied nor assigned.
    stream(const stream &) = delete;
    stream &operator=(const stream &) = delete;

    bool empty() const { return items_.empty(); }

    // Never full in C simulation (unbounded).
    bool full() const { return false; }

    std::size_t size() const { return items_.size(); }

    const char *name() const { return name_.c_str(); }

    void write(const T &value) { items_.push_back(value); }

    T read() {
        if (items_.empty()) {
            std::fprintf(stderr, "ERROR: hls::stream '%s' read while empty\n", name_.c_str());
            std::abort();
        }
        T value = items_.front();
        items_.pop_front();
        return value;
    }

    void read(T &value) { value = read(); }

    // Non-blocking forms: false (and nothing changes) when the FIFO is empty / full.
    bool read_nb(T &value) {
        if (items_.empty()) return false;
        value = read();
        return true;
    }

    bool write_nb(const T &value) {
        write(value);
        return true;
    }

    void operator<<(const T &value) { write(value); }

    void operator>>(T &value) { value = read(); }

  private:
    std::string name_;
    std::deque<T> items_;
};

} // namespace hls

#endif
