// Hls4Net: HLS pragma helper for the layout/convolution kernels (own code).
// NNET_HLS_PRAGMA("HLS ...") expands to _Pragma only when synthesizing, so g++ C simulation stays warning-free.
#ifndef NNET_LAYOUT_PRAGMA_H_
#define NNET_LAYOUT_PRAGMA_H_

#ifdef __SYNTHESIS__
#define NNET_HLS_PRAGMA(x) _Pragma(x)
#else
#define NNET_HLS_PRAGMA(x)
#endif

#endif
