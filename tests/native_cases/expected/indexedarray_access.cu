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


// warpsynth/indexedarray_access.py:4
static CUDA_CALLABLE wp::float32 scaled_0(
    wp::indexedarray_t<wp::float32> var_values,
    wp::int32 var_i,
    wp::float32 var_s)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def scaled(values: wp.indexedarray(dtype=float), i: int, s: float):                    <L 5>
    // return values[i] * s                                                                   <L 6>
    var_0 = wp::address(var_values, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_s);
    return var_1;
}


// warpsynth/indexedarray_access.py:4
static CUDA_CALLABLE void adj_scaled_0(
    wp::indexedarray_t<wp::float32> var_values,
    wp::int32 var_i,
    wp::float32 var_s,
    wp::array_t<wp::float32> & adj_values,
    wp::int32 & adj_i,
    wp::float32 & adj_s,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def scaled(values: wp.indexedarray(dtype=float), i: int, s: float):                    <L 5>
    // return values[i] * s                                                                   <L 6>
    var_0 = wp::address(var_values, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_s);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_2, var_s, adj_0, adj_s, adj_1);
    wp::adj_address(var_values, var_i, adj_values, adj_i, adj_0);
    // adj: return values[i] * s                                                              <L 6>
    // adj: def scaled(values: wp.indexedarray(dtype=float), i: int, s: float):               <L 5>
    return;
}



extern "C" __global__ void gather_15ac8596_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::indexedarray_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst,
    wp::float32 var_s)
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
        wp::float32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def gather(src: wp.indexedarray[float], dst: wp.array[float], s: float):               <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // dst[i] = scaled(src, i, s) + float(src.shape[0])                                       <L 12>
        var_1 = scaled_0(var_src, var_0, var_s);
        var_2 = &(var_src.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = wp::float(var_4);
        var_7 = wp::add(var_1, var_6);
        wp::array_store(var_dst, var_0, var_7);
    }
}



extern "C" __global__ void gather_15ac8596_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::indexedarray_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst,
    wp::float32 var_s,
    wp::array_t<wp::float32> adj_src,
    wp::array_t<wp::float32> adj_dst,
    wp::float32 adj_s)
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
        wp::float32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        //---------
        // forward
        // def gather(src: wp.indexedarray[float], dst: wp.array[float], s: float):               <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // dst[i] = scaled(src, i, s) + float(src.shape[0])                                       <L 12>
        var_1 = scaled_0(var_src, var_0, var_s);
        var_2 = &(var_src.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = wp::float(var_4);
        var_7 = wp::add(var_1, var_6);
        // wp::array_store(var_dst, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_7, adj_dst, adj_0, adj_7);
        wp::adj_add(var_1, var_6, adj_1, adj_6, adj_7);
        wp::adj_float(var_4, adj_4, adj_6);
        adj_src.shape = adj_2;
        adj_scaled_0(var_src, var_0, var_s, adj_src, adj_0, adj_s, adj_1);
        // adj: dst[i] = scaled(src, i, s) + float(src.shape[0])                                  <L 12>
        // adj: i = wp.tid()                                                                      <L 11>
        // adj: def gather(src: wp.indexedarray[float], dst: wp.array[float], s: float):          <L 10>
        continue;
    }
}



extern "C" __global__ void accumulate_514e1cf1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_src,
    wp::indexedarray_t<wp::float32> var_dst)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::int32 var_4 = 0;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def accumulate(src: wp.array[float], dst: wp.indexedarray(dtype=float)):               <L 22>
        // i = wp.tid()                                                                           <L 23>
        var_0 = builtin_tid1d();
        // dst[i] += src[i]                                                                       <L 24>
        var_1 = wp::address(var_src, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::atomic_add(var_dst, var_0, var_3);
        // wp.atomic_add(dst, 0, src[i])                                                          <L 25>
        var_5 = wp::address(var_src, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::atomic_add(var_dst, var_4, var_7);
    }
}



extern "C" __global__ void accumulate_514e1cf1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_src,
    wp::indexedarray_t<wp::float32> var_dst,
    wp::array_t<wp::float32> adj_src,
    wp::array_t<wp::float32> adj_dst)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::int32 var_4 = 0;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        //---------
        // forward
        // def accumulate(src: wp.array[float], dst: wp.indexedarray(dtype=float)):               <L 22>
        // i = wp.tid()                                                                           <L 23>
        var_0 = builtin_tid1d();
        // dst[i] += src[i]                                                                       <L 24>
        var_1 = wp::address(var_src, var_0);
        var_3 = wp::load(var_1);
        // var_2 = wp::atomic_add(var_dst, var_0, var_3);
        // wp.atomic_add(dst, 0, src[i])                                                          <L 25>
        var_5 = wp::address(var_src, var_0);
        var_7 = wp::load(var_5);
        // var_6 = wp::atomic_add(var_dst, var_4, var_7);
        //---------
        // reverse
        wp::adj_atomic_add(var_dst, var_4, var_7, adj_dst, adj_4, adj_5, adj_6);
        wp::adj_address(var_src, var_0, adj_src, adj_0, adj_5);
        // adj: wp.atomic_add(dst, 0, src[i])                                                     <L 25>
        wp::adj_atomic_add(var_dst, var_0, var_3, adj_dst, adj_0, adj_1, adj_2);
        wp::adj_address(var_src, var_0, adj_src, adj_0, adj_1);
        // adj: dst[i] += src[i]                                                                  <L 24>
        // adj: i = wp.tid()                                                                      <L 23>
        // adj: def accumulate(src: wp.array[float], dst: wp.indexedarray(dtype=float)):          <L 22>
        continue;
    }
}



extern "C" __global__ void scatter_d98bd63d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_src,
    wp::indexedarray_t<wp::float32> var_dst)
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
        wp::float32* var_1;
        const wp::float32 var_2 = 2.0;
        wp::float32 var_3;
        wp::float32 var_4;
        //---------
        // forward
        // def scatter(src: wp.array[float], dst: wp.indexedarray[float]):                        <L 16>
        // i = wp.tid()                                                                           <L 17>
        var_0 = builtin_tid1d();
        // dst[i] = src[i] * 2.0                                                                  <L 18>
        var_1 = wp::address(var_src, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        wp::array_store(var_dst, var_0, var_3);
    }
}



extern "C" __global__ void scatter_d98bd63d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_src,
    wp::indexedarray_t<wp::float32> var_dst,
    wp::array_t<wp::float32> adj_src,
    wp::array_t<wp::float32> adj_dst)
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
        wp::float32* var_1;
        const wp::float32 var_2 = 2.0;
        wp::float32 var_3;
        wp::float32 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        //---------
        // forward
        // def scatter(src: wp.array[float], dst: wp.indexedarray[float]):                        <L 16>
        // i = wp.tid()                                                                           <L 17>
        var_0 = builtin_tid1d();
        // dst[i] = src[i] * 2.0                                                                  <L 18>
        var_1 = wp::address(var_src, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        // wp::array_store(var_dst, var_0, var_3);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_3, adj_dst, adj_0, adj_3);
        wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_src, var_0, adj_src, adj_0, adj_1);
        // adj: dst[i] = src[i] * 2.0                                                             <L 18>
        // adj: i = wp.tid()                                                                      <L 17>
        // adj: def scatter(src: wp.array[float], dst: wp.indexedarray[float]):                   <L 16>
        continue;
    }
}

