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


// warpsynth/tiles_block_dim.py:6
static CUDA_CALLABLE wp::float32 lanes_scale_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def lanes_scale(x: float):                                                             <L 7>
    // return x * float(wp.block_dim())                                                       <L 8>
    var_0 = builtin_block_dim();
    var_1 = wp::float(var_0);
    var_2 = wp::mul(var_x, var_1);
    return var_2;
}


// warpsynth/tiles_block_dim.py:6
static CUDA_CALLABLE void adj_lanes_scale_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def lanes_scale(x: float):                                                             <L 7>
    // return x * float(wp.block_dim())                                                       <L 8>
    var_0 = builtin_block_dim();
    var_1 = wp::float(var_0);
    var_2 = wp::mul(var_x, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_mul(var_x, var_1, adj_x, adj_1, adj_2);
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: return x * float(wp.block_dim())                                                  <L 8>
    // adj: def lanes_scale(x: float):                                                        <L 7>
    return;
}



extern "C" __global__ void center_7e5696f3_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_6 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_7 = 0;
        wp::float32 var_8;
        wp::int32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // forward
        // def center(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):                  <L 12>
        // i, lane = wp.tid()                                                                     <L 13>
        builtin_tid2d(var_0, var_1);
        // x = a[i, lane]                                                                         <L 14>
        var_2 = wp::address(var_a, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // t = wp.tile(x)                                                                         <L 15>
        var_5 = wp::tile<wp::float32>(var_3);
        // s = wp.tile_sum(t)                                                                     <L 16>
        var_6 = wp::tile_sum(var_5);
        // out[i, lane] = x - wp.tile_extract(s, 0) / float(wp.block_dim())                       <L 17>
        var_8 = wp::tile_extract(var_6, var_7);
        var_9 = builtin_block_dim();
        var_10 = wp::float(var_9);
        var_11 = wp::div(var_8, var_10);
        var_12 = wp::sub(var_3, var_11);
        wp::array_store(var_out, var_0, var_1, var_12);
    }
}



extern "C" __global__ void center_7e5696f3_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_out)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_6 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_7 = 0;
        wp::float32 var_8;
        wp::int32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> adj_5{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true>& adj_6 = var_6;
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        //---------
        // forward
        // def center(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):                  <L 12>
        // i, lane = wp.tid()                                                                     <L 13>
        builtin_tid2d(var_0, var_1);
        // x = a[i, lane]                                                                         <L 14>
        var_2 = wp::address(var_a, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // t = wp.tile(x)                                                                         <L 15>
        var_5 = wp::tile<wp::float32>(var_3);
        // s = wp.tile_sum(t)                                                                     <L 16>
        var_6 = wp::tile_sum(var_5);
        // out[i, lane] = x - wp.tile_extract(s, 0) / float(wp.block_dim())                       <L 17>
        var_8 = wp::tile_extract(var_6, var_7);
        var_9 = builtin_block_dim();
        var_10 = wp::float(var_9);
        var_11 = wp::div(var_8, var_10);
        var_12 = wp::sub(var_3, var_11);
        // wp::array_store(var_out, var_0, var_1, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_12, adj_out, adj_0, adj_1, adj_12);
        wp::adj_sub(var_3, var_11, adj_3, adj_11, adj_12);
        wp::adj_div(var_8, var_10, var_11, adj_8, adj_10, adj_11);
        wp::adj_float(var_9, adj_9, adj_10);
        wp::adj_tile_extract(var_6, var_7, adj_6, adj_7, adj_8);
        // adj: out[i, lane] = x - wp.tile_extract(s, 0) / float(wp.block_dim())                  <L 17>
        wp::adj_tile_sum(var_5, adj_5, adj_6);
        // adj: s = wp.tile_sum(t)                                                                <L 16>
        wp::adj_tile(var_3, adj_3, adj_5);
        // adj: t = wp.tile(x)                                                                    <L 15>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_a, var_0, var_1, adj_a, adj_0, adj_1, adj_2);
        // adj: x = a[i, lane]                                                                    <L 14>
        // adj: i, lane = wp.tid()                                                                <L 13>
        // adj: def center(a: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):             <L 12>
        continue;
    }
}



extern "C" __global__ void scaled_aa87057e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::int32> var_n)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        //---------
        // forward
        // def scaled(a: wp.array(dtype=float), n: wp.array(dtype=int)):                          <L 21>
        // i = wp.tid()                                                                           <L 22>
        var_0 = builtin_tid1d();
        // n[i] = wp.block_dim()                                                                  <L 23>
        var_1 = builtin_block_dim();
        wp::array_store(var_n, var_0, var_1);
        // a[i] = lanes_scale(a[i])                                                               <L 24>
        var_2 = wp::address(var_a, var_0);
        var_4 = wp::load(var_2);
        var_3 = lanes_scale_0(var_4);
        wp::array_store(var_a, var_0, var_3);
    }
}



extern "C" __global__ void scaled_aa87057e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::int32> var_n,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::int32> adj_n)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        //---------
        // forward
        // def scaled(a: wp.array(dtype=float), n: wp.array(dtype=int)):                          <L 21>
        // i = wp.tid()                                                                           <L 22>
        var_0 = builtin_tid1d();
        // n[i] = wp.block_dim()                                                                  <L 23>
        var_1 = builtin_block_dim();
        // wp::array_store(var_n, var_0, var_1);
        // a[i] = lanes_scale(a[i])                                                               <L 24>
        var_2 = wp::address(var_a, var_0);
        var_4 = wp::load(var_2);
        var_3 = lanes_scale_0(var_4);
        // wp::array_store(var_a, var_0, var_3);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_3, adj_a, adj_0, adj_3);
        adj_lanes_scale_0(var_4, adj_2, adj_3);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_2);
        // adj: a[i] = lanes_scale(a[i])                                                          <L 24>
        wp::adj_array_store(var_n, var_0, var_1, adj_n, adj_0, adj_1);
        // adj: n[i] = wp.block_dim()                                                             <L 23>
        // adj: i = wp.tid()                                                                      <L 22>
        // adj: def scaled(a: wp.array(dtype=float), n: wp.array(dtype=int)):                     <L 21>
        continue;
    }
}

