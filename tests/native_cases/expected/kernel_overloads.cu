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


// warpsynth/kernel_overloads.py:0
static CUDA_CALLABLE wp::float64 twice_0(
    wp::float64 var_x)
{
    //---------
    // primal vars
    wp::float64 var_0;
    //---------
    // forward
    // def twice(x: Any):                                                                     <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    return var_0;
}


// warpsynth/kernel_overloads.py:0
static CUDA_CALLABLE wp::float32 twice_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def twice(x: Any):                                                                     <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    return var_0;
}


// warpsynth/kernel_overloads.py:0
static CUDA_CALLABLE void adj_twice_0(
    wp::float64 var_x,
    wp::float64 & adj_x,
    wp::float64 & adj_ret)
{
    //---------
    // primal vars
    wp::float64 var_0;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    //---------
    // forward
    // def twice(x: Any):                                                                     <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_add(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x + x                                                                      <L 2>
    // adj: def twice(x: Any):                                                                <L 1>
    return;
}


// warpsynth/kernel_overloads.py:0
static CUDA_CALLABLE void adj_twice_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def twice(x: Any):                                                                     <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_add(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x + x                                                                      <L 2>
    // adj: def twice(x: Any):                                                                <L 1>
    return;
}



extern "C" __global__ void copy3_0088f802_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float16> var_a,
    wp::array_t<wp::float16> var_b,
    wp::array_t<wp::float16> var_c)
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
        wp::float16* var_1;
        wp::float16* var_2;
        wp::float16 var_3;
        wp::float16 var_4;
        wp::float16 var_5;
        //---------
        // forward
        // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // c[i] = a[i] + b[i]                                                                     <L 3>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::add(var_4, var_5);
        wp::array_store(var_c, var_0, var_3);
    }
}



extern "C" __global__ void copy3_0088f802_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float16> var_a,
    wp::array_t<wp::float16> var_b,
    wp::array_t<wp::float16> var_c,
    wp::array_t<wp::float16> adj_a,
    wp::array_t<wp::float16> adj_b,
    wp::array_t<wp::float16> adj_c)
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
        wp::float16* var_1;
        wp::float16* var_2;
        wp::float16 var_3;
        wp::float16 var_4;
        wp::float16 var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float16 adj_1 = {};
        wp::float16 adj_2 = {};
        wp::float16 adj_3 = {};
        wp::float16 adj_4 = {};
        wp::float16 adj_5 = {};
        //---------
        // forward
        // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // c[i] = a[i] + b[i]                                                                     <L 3>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::add(var_4, var_5);
        // wp::array_store(var_c, var_0, var_3);
        //---------
        // reverse
        wp::adj_array_store(var_c, var_0, var_3, adj_c, adj_0, adj_3);
        wp::adj_add(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: c[i] = a[i] + b[i]                                                                <L 3>
        // adj: i = wp.tid()                                                                      <L 2>
        // adj: def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                  <L 1>
        continue;
    }
}



extern "C" __global__ void plain_5b69988c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a)
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
        const wp::float32 var_0 = 1.0;
        wp::int32 var_1;
        //---------
        // forward
        // def plain(a: wp.array[float]):                                                         <L 58>
        // a[wp.tid()] = 1.0                                                                      <L 59>
        var_1 = builtin_tid1d();
        wp::array_store(var_a, var_1, var_0);
    }
}



extern "C" __global__ void plain_5b69988c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> adj_a)
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
        const wp::float32 var_0 = 1.0;
        wp::int32 var_1;
        //---------
        // dual vars
        wp::float32 adj_0 = {};
        wp::int32 adj_1 = {};
        //---------
        // forward
        // def plain(a: wp.array[float]):                                                         <L 58>
        // a[wp.tid()] = 1.0                                                                      <L 59>
        var_1 = builtin_tid1d();
        // wp::array_store(var_a, var_1, var_0);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_1, var_0, adj_a, adj_1, adj_0);
        // adj: a[wp.tid()] = 1.0                                                                 <L 59>
        // adj: def plain(a: wp.array[float]):                                                    <L 58>
        continue;
    }
}



extern "C" __global__ void add_arrays_622270fe_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int8> var_x,
    wp::array_t<wp::int8> var_y,
    wp::int32 var_n)
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
        bool var_1;
        wp::int8* var_2;
        wp::int8* var_3;
        wp::int8 var_4;
        wp::int8 var_5;
        wp::int8 var_6;
        //---------
        // forward
        // def add_arrays(x: wp.array[Any], y: wp.array[Any], n: int):                            <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // if i < n:                                                                              <L 3>
        var_1 = (var_0 < var_n);
        if (var_1) {
            // x[i] = x[i] + y[i]                                                                 <L 4>
            var_2 = wp::address(var_x, var_0);
            var_3 = wp::address(var_y, var_0);
            var_5 = wp::load(var_2);
            var_6 = wp::load(var_3);
            var_4 = wp::add(var_5, var_6);
            wp::array_store(var_x, var_0, var_4);
        }
    }
}



extern "C" __global__ void add_arrays_622270fe_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int8> var_x,
    wp::array_t<wp::int8> var_y,
    wp::int32 var_n,
    wp::array_t<wp::int8> adj_x,
    wp::array_t<wp::int8> adj_y,
    wp::int32 adj_n)
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
        bool var_1;
        wp::int8* var_2;
        wp::int8* var_3;
        wp::int8 var_4;
        wp::int8 var_5;
        wp::int8 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int8 adj_2 = {};
        wp::int8 adj_3 = {};
        wp::int8 adj_4 = {};
        wp::int8 adj_5 = {};
        wp::int8 adj_6 = {};
        //---------
        // forward
        // def add_arrays(x: wp.array[Any], y: wp.array[Any], n: int):                            <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // if i < n:                                                                              <L 3>
        var_1 = (var_0 < var_n);
        if (var_1) {
            // x[i] = x[i] + y[i]                                                                 <L 4>
            var_2 = wp::address(var_x, var_0);
            var_3 = wp::address(var_y, var_0);
            var_5 = wp::load(var_2);
            var_6 = wp::load(var_3);
            var_4 = wp::add(var_5, var_6);
            // wp::array_store(var_x, var_0, var_4);
        }
        //---------
        // reverse
        if (var_1) {
            wp::adj_array_store(var_x, var_0, var_4, adj_x, adj_0, adj_4);
            wp::adj_add(var_5, var_6, adj_2, adj_3, adj_4);
            wp::adj_address(var_y, var_0, adj_y, adj_0, adj_3);
            wp::adj_address(var_x, var_0, adj_x, adj_0, adj_2);
            // adj: x[i] = x[i] + y[i]                                                            <L 4>
        }
        // adj: if i < n:                                                                         <L 3>
        // adj: i = wp.tid()                                                                      <L 2>
        // adj: def add_arrays(x: wp.array[Any], y: wp.array[Any], n: int):                       <L 1>
        continue;
    }
}



extern "C" __global__ void copy3_8d85e9e0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_c)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        //---------
        // forward
        // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // c[i] = a[i] + b[i]                                                                     <L 3>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::add(var_4, var_5);
        wp::array_store(var_c, var_0, var_3);
    }
}



extern "C" __global__ void copy3_8d85e9e0_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_c,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b,
    wp::array_t<wp::float32> adj_c)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        //---------
        // forward
        // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // c[i] = a[i] + b[i]                                                                     <L 3>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::add(var_4, var_5);
        // wp::array_store(var_c, var_0, var_3);
        //---------
        // reverse
        wp::adj_array_store(var_c, var_0, var_3, adj_c, adj_0, adj_3);
        wp::adj_add(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: c[i] = a[i] + b[i]                                                                <L 3>
        // adj: i = wp.tid()                                                                      <L 2>
        // adj: def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                  <L 1>
        continue;
    }
}



extern "C" __global__ void copy3_af55ec62_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_c)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        //---------
        // forward
        // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // c[i] = a[i] + b[i]                                                                     <L 3>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::add(var_4, var_5);
        wp::array_store(var_c, var_0, var_3);
    }
}



extern "C" __global__ void copy3_af55ec62_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_c,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_c)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        //---------
        // forward
        // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // c[i] = a[i] + b[i]                                                                     <L 3>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::add(var_4, var_5);
        // wp::array_store(var_c, var_0, var_3);
        //---------
        // reverse
        wp::adj_array_store(var_c, var_0, var_3, adj_c, adj_0, adj_3);
        wp::adj_add(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: c[i] = a[i] + b[i]                                                                <L 3>
        // adj: i = wp.tid()                                                                      <L 2>
        // adj: def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                  <L 1>
        continue;
    }
}



extern "C" __global__ void copy3_b7795a43_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float64>> var_a,
    wp::array_t<wp::vec_t<2, wp::float64>> var_b,
    wp::array_t<wp::vec_t<2, wp::float64>> var_c)
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
        wp::vec_t<2, wp::float64>* var_1;
        wp::vec_t<2, wp::float64>* var_2;
        wp::vec_t<2, wp::float64> var_3;
        wp::vec_t<2, wp::float64> var_4;
        wp::vec_t<2, wp::float64> var_5;
        //---------
        // forward
        // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // c[i] = a[i] + b[i]                                                                     <L 3>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::add(var_4, var_5);
        wp::array_store(var_c, var_0, var_3);
    }
}



extern "C" __global__ void copy3_b7795a43_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float64>> var_a,
    wp::array_t<wp::vec_t<2, wp::float64>> var_b,
    wp::array_t<wp::vec_t<2, wp::float64>> var_c,
    wp::array_t<wp::vec_t<2, wp::float64>> adj_a,
    wp::array_t<wp::vec_t<2, wp::float64>> adj_b,
    wp::array_t<wp::vec_t<2, wp::float64>> adj_c)
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
        wp::vec_t<2, wp::float64>* var_1;
        wp::vec_t<2, wp::float64>* var_2;
        wp::vec_t<2, wp::float64> var_3;
        wp::vec_t<2, wp::float64> var_4;
        wp::vec_t<2, wp::float64> var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float64> adj_1 = {};
        wp::vec_t<2, wp::float64> adj_2 = {};
        wp::vec_t<2, wp::float64> adj_3 = {};
        wp::vec_t<2, wp::float64> adj_4 = {};
        wp::vec_t<2, wp::float64> adj_5 = {};
        //---------
        // forward
        // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // c[i] = a[i] + b[i]                                                                     <L 3>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::add(var_4, var_5);
        // wp::array_store(var_c, var_0, var_3);
        //---------
        // reverse
        wp::adj_array_store(var_c, var_0, var_3, adj_c, adj_0, adj_3);
        wp::adj_add(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: c[i] = a[i] + b[i]                                                                <L 3>
        // adj: i = wp.tid()                                                                      <L 2>
        // adj: def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                  <L 1>
        continue;
    }
}



extern "C" __global__ void scale_b85c5ea5_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_a,
    wp::float64 var_s)
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
        wp::float64* var_1;
        wp::float64 var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        //---------
        // forward
        // def scale(a: wp.array(dtype=Any), s: Any):                                             <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // a[i] = twice(a[i]) * s                                                                 <L 3>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = twice_0(var_3);
        var_4 = wp::mul(var_2, var_s);
        wp::array_store(var_a, var_0, var_4);
    }
}



extern "C" __global__ void scale_b85c5ea5_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_a,
    wp::float64 var_s,
    wp::array_t<wp::float64> adj_a,
    wp::float64 adj_s)
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
        wp::float64* var_1;
        wp::float64 var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float64 adj_1 = {};
        wp::float64 adj_2 = {};
        wp::float64 adj_3 = {};
        wp::float64 adj_4 = {};
        //---------
        // forward
        // def scale(a: wp.array(dtype=Any), s: Any):                                             <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // a[i] = twice(a[i]) * s                                                                 <L 3>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = twice_0(var_3);
        var_4 = wp::mul(var_2, var_s);
        // wp::array_store(var_a, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_4, adj_a, adj_0, adj_4);
        wp::adj_mul(var_2, var_s, adj_2, adj_s, adj_4);
        adj_twice_0(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = twice(a[i]) * s                                                            <L 3>
        // adj: i = wp.tid()                                                                      <L 2>
        // adj: def scale(a: wp.array(dtype=Any), s: Any):                                        <L 1>
        continue;
    }
}



extern "C" __global__ void scale_de7243f0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        //---------
        // forward
        // def scale(a: wp.array(dtype=Any), s: Any):                                             <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // a[i] = twice(a[i]) * s                                                                 <L 3>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = twice_0(var_3);
        var_4 = wp::mul(var_2, var_s);
        wp::array_store(var_a, var_0, var_4);
    }
}



extern "C" __global__ void scale_de7243f0_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::float32 var_s,
    wp::array_t<wp::float32> adj_a,
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
        wp::float32* var_1;
        wp::float32 var_2;
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
        // def scale(a: wp.array(dtype=Any), s: Any):                                             <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // a[i] = twice(a[i]) * s                                                                 <L 3>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = twice_0(var_3);
        var_4 = wp::mul(var_2, var_s);
        // wp::array_store(var_a, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_4, adj_a, adj_0, adj_4);
        wp::adj_mul(var_2, var_s, adj_2, adj_s, adj_4);
        adj_twice_0(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = twice(a[i]) * s                                                            <L 3>
        // adj: i = wp.tid()                                                                      <L 2>
        // adj: def scale(a: wp.array(dtype=Any), s: Any):                                        <L 1>
        continue;
    }
}



extern "C" __global__ void add_arrays_e8902fac_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float16>> var_x,
    wp::array_t<wp::vec_t<2, wp::float16>> var_y,
    wp::int32 var_n)
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
        bool var_1;
        wp::vec_t<2, wp::float16>* var_2;
        wp::vec_t<2, wp::float16>* var_3;
        wp::vec_t<2, wp::float16> var_4;
        wp::vec_t<2, wp::float16> var_5;
        wp::vec_t<2, wp::float16> var_6;
        //---------
        // forward
        // def add_arrays(x: wp.array[Any], y: wp.array[Any], n: int):                            <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // if i < n:                                                                              <L 3>
        var_1 = (var_0 < var_n);
        if (var_1) {
            // x[i] = x[i] + y[i]                                                                 <L 4>
            var_2 = wp::address(var_x, var_0);
            var_3 = wp::address(var_y, var_0);
            var_5 = wp::load(var_2);
            var_6 = wp::load(var_3);
            var_4 = wp::add(var_5, var_6);
            wp::array_store(var_x, var_0, var_4);
        }
    }
}



extern "C" __global__ void add_arrays_e8902fac_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float16>> var_x,
    wp::array_t<wp::vec_t<2, wp::float16>> var_y,
    wp::int32 var_n,
    wp::array_t<wp::vec_t<2, wp::float16>> adj_x,
    wp::array_t<wp::vec_t<2, wp::float16>> adj_y,
    wp::int32 adj_n)
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
        bool var_1;
        wp::vec_t<2, wp::float16>* var_2;
        wp::vec_t<2, wp::float16>* var_3;
        wp::vec_t<2, wp::float16> var_4;
        wp::vec_t<2, wp::float16> var_5;
        wp::vec_t<2, wp::float16> var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::vec_t<2, wp::float16> adj_2 = {};
        wp::vec_t<2, wp::float16> adj_3 = {};
        wp::vec_t<2, wp::float16> adj_4 = {};
        wp::vec_t<2, wp::float16> adj_5 = {};
        wp::vec_t<2, wp::float16> adj_6 = {};
        //---------
        // forward
        // def add_arrays(x: wp.array[Any], y: wp.array[Any], n: int):                            <L 1>
        // i = wp.tid()                                                                           <L 2>
        var_0 = builtin_tid1d();
        // if i < n:                                                                              <L 3>
        var_1 = (var_0 < var_n);
        if (var_1) {
            // x[i] = x[i] + y[i]                                                                 <L 4>
            var_2 = wp::address(var_x, var_0);
            var_3 = wp::address(var_y, var_0);
            var_5 = wp::load(var_2);
            var_6 = wp::load(var_3);
            var_4 = wp::add(var_5, var_6);
            // wp::array_store(var_x, var_0, var_4);
        }
        //---------
        // reverse
        if (var_1) {
            wp::adj_array_store(var_x, var_0, var_4, adj_x, adj_0, adj_4);
            wp::adj_add(var_5, var_6, adj_2, adj_3, adj_4);
            wp::adj_address(var_y, var_0, adj_y, adj_0, adj_3);
            wp::adj_address(var_x, var_0, adj_x, adj_0, adj_2);
            // adj: x[i] = x[i] + y[i]                                                            <L 4>
        }
        // adj: if i < n:                                                                         <L 3>
        // adj: i = wp.tid()                                                                      <L 2>
        // adj: def add_arrays(x: wp.array[Any], y: wp.array[Any], n: int):                       <L 1>
        continue;
    }
}

