#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif

// Maximum registers per thread. __maxnreg__ was added in CUDA Toolkit 12.4;
// older toolkits ignore the opt-in so the same source remains compilable.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ > 12 || (__CUDACC_VER_MAJOR__ == 12 && __CUDACC_VER_MINOR__ >= 4))
#define WP_MAXNREG(n) __maxnreg__(n)
#else
#define WP_MAXNREG(n)
#endif

// Allow PTXAS to spill registers into shared memory. CUDA Toolkit 13.0
// introduced the pragma, which is unavailable in device-debug compilation.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ >= 13) && !defined(_DEBUG)
#define WP_ENABLE_SMEM_SPILLING() asm volatile(".pragma \"enable_smem_spilling\";");
#else
#define WP_ENABLE_SMEM_SPILLING()
#endif


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define WP_LTO_LINK_INPUTS 1
extern "C" {
void fft_1024_4_75_forward_6(wp::vec2d*, char*);
void fft_1024_4_75_inverse_6(wp::vec2d*, char*);
void fft_2048_8_75_forward_5(wp::vec2f*, char*);
void fft_2048_8_75_inverse_5(wp::vec2f*, char*);
void fft_512_2_75_forward_5(wp::vec2f*, char*);
void fft_512_2_75_inverse_5(wp::vec2f*, char*);
}

// warpsynth/tiles_fft.py:9
static CUDA_CALLABLE wp::vec_t<2, wp::float32> spectral_gain_0(
    wp::vec_t<2, wp::float32> var_z)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::vec_t<2, wp::float32> var_1;
    //---------
    // forward
    // def spectral_gain(z: wp.vec2f):                                                        <L 10>
    // return z * 0.5                                                                         <L 11>
    var_1 = wp::mul(var_z, var_0);
    return var_1;
}


// warpsynth/tiles_fft.py:9
static CUDA_CALLABLE void adj_spectral_gain_0(
    wp::vec_t<2, wp::float32> var_z,
    wp::vec_t<2, wp::float32> & adj_z,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::vec_t<2, wp::float32> var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    //---------
    // forward
    // def spectral_gain(z: wp.vec2f):                                                        <L 10>
    // return z * 0.5                                                                         <L 11>
    var_1 = wp::mul(var_z, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_z, var_0, adj_z, adj_0, adj_1);
    // adj: return z * 0.5                                                                    <L 11>
    // adj: def spectral_gain(z: wp.vec2f):                                                   <L 10>
    return;
}



extern "C" __global__ void spectrum_4b80a7b1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float64>> var_x,
    wp::array_t<wp::vec_t<2, wp::float64>> var_power)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 1;
        const wp::int32 var_2 = 1024;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_5;
        wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>>{};
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_9;
        const wp::int32 var_10 = 0;
        //---------
        // forward
        // def spectrum(x: wp.array2d(dtype=wp.vec2d), power: wp.array2d(dtype=wp.vec2d)):        <L 25>
        // i = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(x, shape=(1, 1024), offset=(i, 0))                                    <L 27>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::tuple(var_0, var_4);
        var_6 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 1024>(var_x, var_0, var_7);
        // wp.tile_fft(a)                                                                         <L 28>
        tile_fft(fft_1024_4_75_forward_6, fft_1024_4_75_inverse_6, wp::vec2d, 8192, 1, 4, var_6);
        // wp.tile_store(power, a, offset=(i, 0))                                                 <L 29>
        var_9 = wp::tuple(var_0, var_8);
        wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_power, var_0, var_10, var_6);
    }
}



extern "C" __global__ void spectrum_4b80a7b1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float64>> var_x,
    wp::array_t<wp::vec_t<2, wp::float64>> var_power,
    wp::array_t<wp::vec_t<2, wp::float64>> adj_x,
    wp::array_t<wp::vec_t<2, wp::float64>> adj_power)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 1;
        const wp::int32 var_2 = 1024;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_5;
        wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>>{};
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_9;
        const wp::int32 var_10 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_5 = {};
        wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>> adj_6{};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_9 = {};
        wp::int32 adj_10 = {};
        //---------
        // forward
        // def spectrum(x: wp.array2d(dtype=wp.vec2d), power: wp.array2d(dtype=wp.vec2d)):        <L 25>
        // i = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(x, shape=(1, 1024), offset=(i, 0))                                    <L 27>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::tuple(var_0, var_4);
        var_6 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 1024>(var_x, var_0, var_7);
        // wp.tile_fft(a)                                                                         <L 28>
        tile_fft(fft_1024_4_75_forward_6, fft_1024_4_75_inverse_6, wp::vec2d, 8192, 1, 4, var_6);
        // wp.tile_store(power, a, offset=(i, 0))                                                 <L 29>
        var_9 = wp::tuple(var_0, var_8);
        // wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_power, var_0, var_10, var_6);
        //---------
        // reverse
        wp::adj_tile_store(var_power, var_0, var_10, var_6, adj_power, adj_0, adj_10, adj_6);
        // adj: wp.tile_store(power, a, offset=(i, 0))                                            <L 29>
        adj_tile_fft(fft_1024_4_75_forward_6, fft_1024_4_75_inverse_6, wp::vec2d, 8192, 1, 4, var_6, fft_1024_4_75_forward_6, fft_1024_4_75_inverse_6, wp::vec2d, 8192, 1, 4, adj_6);
        // adj: wp.tile_fft(a)                                                                    <L 28>
        wp::adj_tile_load(var_x, var_0, var_7, adj_x, adj_0, adj_7, adj_6);
        // adj: a = wp.tile_load(x, shape=(1, 1024), offset=(i, 0))                               <L 27>
        // adj: i = wp.tid()                                                                      <L 26>
        // adj: def spectrum(x: wp.array2d(dtype=wp.vec2d), power: wp.array2d(dtype=wp.vec2d)):   <L 25>
        continue;
    }
}



extern "C" __global__ void inverse_3d_54732a10_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 2;
        const wp::int32 var_2 = 2;
        const wp::int32 var_3 = 2048;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 0;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_9;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,2,2048>>> var_10 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,2,2048>>>{};
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 2;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 0;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_17;
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 0;
        //---------
        // forward
        // def inverse_3d(x: wp.array3d(dtype=wp.vec2f)):                                         <L 33>
        // i = wp.tid()                                                                           <L 34>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(x, shape=(2, 2, 2048), offset=(i * 2, 0, 0))                          <L 35>
        var_4 = wp::tuple(var_1, var_2, var_3);
        var_6 = wp::mul(var_0, var_5);
        var_9 = wp::tuple(var_6, var_7, var_8);
        var_10 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 2, 2, 2048>(var_x, var_6, var_11, var_12);
        // wp.tile_ifft(a)                                                                        <L 36>
        tile_ifft(fft_2048_8_75_inverse_5, fft_2048_8_75_forward_5, wp::vec2f, 16384, 4, 8, var_10);
        // wp.tile_store(x, a, offset=(i * 2, 0, 0))                                              <L 37>
        var_14 = wp::mul(var_0, var_13);
        var_17 = wp::tuple(var_14, var_15, var_16);
        wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_x, var_14, var_18, var_19, var_10);
    }
}



extern "C" __global__ void inverse_3d_54732a10_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 2;
        const wp::int32 var_2 = 2;
        const wp::int32 var_3 = 2048;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 0;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_9;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,2,2048>>> var_10 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,2,2048>>>{};
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 2;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 0;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_17;
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::tuple_t<wp::int32, wp::int32, wp::int32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::tuple_t<wp::int32, wp::int32, wp::int32> adj_9 = {};
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,2,2048>>> adj_10{};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::tuple_t<wp::int32, wp::int32, wp::int32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        //---------
        // forward
        // def inverse_3d(x: wp.array3d(dtype=wp.vec2f)):                                         <L 33>
        // i = wp.tid()                                                                           <L 34>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(x, shape=(2, 2, 2048), offset=(i * 2, 0, 0))                          <L 35>
        var_4 = wp::tuple(var_1, var_2, var_3);
        var_6 = wp::mul(var_0, var_5);
        var_9 = wp::tuple(var_6, var_7, var_8);
        var_10 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 2, 2, 2048>(var_x, var_6, var_11, var_12);
        // wp.tile_ifft(a)                                                                        <L 36>
        tile_ifft(fft_2048_8_75_inverse_5, fft_2048_8_75_forward_5, wp::vec2f, 16384, 4, 8, var_10);
        // wp.tile_store(x, a, offset=(i * 2, 0, 0))                                              <L 37>
        var_14 = wp::mul(var_0, var_13);
        var_17 = wp::tuple(var_14, var_15, var_16);
        // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_x, var_14, var_18, var_19, var_10);
        //---------
        // reverse
        wp::adj_tile_store(var_x, var_14, var_18, var_19, var_10, adj_x, adj_14, adj_18, adj_19, adj_10);
        wp::adj_mul(var_0, var_13, adj_0, adj_13, adj_14);
        // adj: wp.tile_store(x, a, offset=(i * 2, 0, 0))                                         <L 37>
        adj_tile_ifft(fft_2048_8_75_inverse_5, fft_2048_8_75_forward_5, wp::vec2f, 16384, 4, 8, var_10, fft_2048_8_75_inverse_5, fft_2048_8_75_forward_5, wp::vec2f, 16384, 4, 8, adj_10);
        // adj: wp.tile_ifft(a)                                                                   <L 36>
        wp::adj_tile_load(var_x, var_6, var_11, var_12, adj_x, adj_6, adj_11, adj_12, adj_10);
        wp::adj_mul(var_0, var_5, adj_0, adj_5, adj_6);
        // adj: a = wp.tile_load(x, shape=(2, 2, 2048), offset=(i * 2, 0, 0))                     <L 35>
        // adj: i = wp.tid()                                                                      <L 34>
        // adj: def inverse_3d(x: wp.array3d(dtype=wp.vec2f)):                                    <L 33>
        continue;
    }
}



extern "C" __global__ void roundtrip_fce5dabc_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> var_y)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 2;
        const wp::int32 var_2 = 512;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_6;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>> var_7 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>>{};
        const wp::int32 var_8 = 0;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>> var_9 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>>{};
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        const wp::int32 var_13 = 0;
        //---------
        // forward
        // def roundtrip(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2f)):           <L 15>
        // i = wp.tid()                                                                           <L 16>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(x, shape=(ROWS, N), offset=(i * ROWS, 0))                             <L 17>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::mul(var_0, var_1);
        var_6 = wp::tuple(var_4, var_5);
        var_7 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 2, 512>(var_x, var_4, var_8);
        // wp.tile_fft(a)                                                                         <L 18>
        tile_fft(fft_512_2_75_forward_5, fft_512_2_75_inverse_5, wp::vec2f, 4096, 2, 2, var_7);
        // b = wp.tile_map(spectral_gain, a)                                                      <L 19>
        var_9 = wp::tile_unary_map(spectral_gain_0, var_7);
        // wp.tile_ifft(b)                                                                        <L 20>
        tile_ifft(fft_512_2_75_inverse_5, fft_512_2_75_forward_5, wp::vec2f, 4096, 2, 2, var_9);
        // wp.tile_store(y, b, offset=(i * ROWS, 0))                                              <L 21>
        var_10 = wp::mul(var_0, var_1);
        var_12 = wp::tuple(var_10, var_11);
        wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_y, var_10, var_13, var_9);
    }
}



extern "C" __global__ void roundtrip_fce5dabc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> var_y,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_y)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 2;
        const wp::int32 var_2 = 512;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_6;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>> var_7 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>>{};
        const wp::int32 var_8 = 0;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>> var_9 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>>{};
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        const wp::int32 var_13 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_6 = {};
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>> adj_7{};
        wp::int32 adj_8 = {};
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>> adj_9{};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_12 = {};
        wp::int32 adj_13 = {};
        //---------
        // forward
        // def roundtrip(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2f)):           <L 15>
        // i = wp.tid()                                                                           <L 16>
        var_0 = builtin_tid1d();
        // a = wp.tile_load(x, shape=(ROWS, N), offset=(i * ROWS, 0))                             <L 17>
        var_3 = wp::tuple(var_1, var_2);
        var_4 = wp::mul(var_0, var_1);
        var_6 = wp::tuple(var_4, var_5);
        var_7 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 2, 512>(var_x, var_4, var_8);
        // wp.tile_fft(a)                                                                         <L 18>
        tile_fft(fft_512_2_75_forward_5, fft_512_2_75_inverse_5, wp::vec2f, 4096, 2, 2, var_7);
        // b = wp.tile_map(spectral_gain, a)                                                      <L 19>
        var_9 = wp::tile_unary_map(spectral_gain_0, var_7);
        // wp.tile_ifft(b)                                                                        <L 20>
        tile_ifft(fft_512_2_75_inverse_5, fft_512_2_75_forward_5, wp::vec2f, 4096, 2, 2, var_9);
        // wp.tile_store(y, b, offset=(i * ROWS, 0))                                              <L 21>
        var_10 = wp::mul(var_0, var_1);
        var_12 = wp::tuple(var_10, var_11);
        // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_y, var_10, var_13, var_9);
        //---------
        // reverse
        wp::adj_tile_store(var_y, var_10, var_13, var_9, adj_y, adj_10, adj_13, adj_9);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_10);
        // adj: wp.tile_store(y, b, offset=(i * ROWS, 0))                                         <L 21>
        adj_tile_ifft(fft_512_2_75_inverse_5, fft_512_2_75_forward_5, wp::vec2f, 4096, 2, 2, var_9, fft_512_2_75_inverse_5, fft_512_2_75_forward_5, wp::vec2f, 4096, 2, 2, adj_9);
        // adj: wp.tile_ifft(b)                                                                   <L 20>
        wp::adj_tile_unary_map(spectral_gain_0, var_7, adj_spectral_gain_0, adj_7, adj_9);
        // adj: b = wp.tile_map(spectral_gain, a)                                                 <L 19>
        adj_tile_fft(fft_512_2_75_forward_5, fft_512_2_75_inverse_5, wp::vec2f, 4096, 2, 2, var_7, fft_512_2_75_forward_5, fft_512_2_75_inverse_5, wp::vec2f, 4096, 2, 2, adj_7);
        // adj: wp.tile_fft(a)                                                                    <L 18>
        wp::adj_tile_load(var_x, var_4, var_8, adj_x, adj_4, adj_8, adj_7);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
        // adj: a = wp.tile_load(x, shape=(ROWS, N), offset=(i * ROWS, 0))                        <L 17>
        // adj: i = wp.tid()                                                                      <L 16>
        // adj: def roundtrip(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2f)):      <L 15>
        continue;
    }
}

