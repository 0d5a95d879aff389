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


// warpsynth/func_redefined_same_signature.py:33
static CUDA_CALLABLE wp::float32 g_1(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def g(x: float):                                                                       <L 34>
    // return x * x                                                                           <L 35>
    var_0 = wp::mul(var_x, var_x);
    return var_0;
}


// warpsynth/func_redefined_same_signature.py:23
static CUDA_CALLABLE wp::float32 f_2(
    wp::float32 var_y)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    //---------
    // forward
    // def f(y: float):                                                                       <L 24>
    // return y - 1.0                                                                         <L 25>
    var_1 = wp::sub(var_y, var_0);
    return var_1;
}


// warpsynth/func_redefined_same_signature.py:38
static CUDA_CALLABLE wp::vec_t<2, wp::float32> f_3(
    wp::vec_t<2, wp::float32> var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::vec_t<2, wp::float32> var_3;
    //---------
    // forward
    // def f(v: wp.vec2):                                                                     <L 39>
    // return v * g(v[1])                                                                     <L 40>
    var_1 = wp::extract(var_v, var_0);
    var_2 = g_1(var_1);
    var_3 = wp::mul(var_v, var_2);
    return var_3;
}


// warpsynth/func_redefined_same_signature.py:33
static CUDA_CALLABLE void adj_g_1(
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
    // def g(x: float):                                                                       <L 34>
    // return x * x                                                                           <L 35>
    var_0 = wp::mul(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x                                                                      <L 35>
    // adj: def g(x: float):                                                                  <L 34>
    return;
}


// warpsynth/func_redefined_same_signature.py:23
static CUDA_CALLABLE void adj_f_2(
    wp::float32 var_y,
    wp::float32 & adj_y,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def f(y: float):                                                                       <L 24>
    // return y - 1.0                                                                         <L 25>
    var_1 = wp::sub(var_y, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_sub(var_y, var_0, adj_y, adj_0, adj_1);
    // adj: return y - 1.0                                                                    <L 25>
    // adj: def f(y: float):                                                                  <L 24>
    return;
}


// warpsynth/func_redefined_same_signature.py:38
static CUDA_CALLABLE void adj_f_3(
    wp::vec_t<2, wp::float32> var_v,
    wp::vec_t<2, wp::float32> & adj_v,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::vec_t<2, wp::float32> var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    //---------
    // forward
    // def f(v: wp.vec2):                                                                     <L 39>
    // return v * g(v[1])                                                                     <L 40>
    var_1 = wp::extract(var_v, var_0);
    var_2 = g_1(var_1);
    var_3 = wp::mul(var_v, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_mul(var_v, var_2, adj_v, adj_2, adj_3);
    adj_g_1(var_1, adj_1, adj_2);
    wp::adj_extract(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: return v * g(v[1])                                                                <L 40>
    // adj: def f(v: wp.vec2):                                                                <L 39>
    return;
}



extern "C" __global__ void k2_67274543_cuda_kernel_forward(
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
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def k2(a: wp.array(dtype=float)):                                                      <L 44>
        // i = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // a[i] = g(a[i]) + f(a[i])                                                               <L 46>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = g_1(var_3);
        var_4 = wp::address(var_a, var_0);
        var_6 = wp::load(var_4);
        var_5 = f_2(var_6);
        var_7 = wp::add(var_2, var_5);
        wp::array_store(var_a, var_0, var_7);
    }
}



extern "C" __global__ void k2_67274543_cuda_kernel_backward(
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
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        //---------
        // forward
        // def k2(a: wp.array(dtype=float)):                                                      <L 44>
        // i = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // a[i] = g(a[i]) + f(a[i])                                                               <L 46>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = g_1(var_3);
        var_4 = wp::address(var_a, var_0);
        var_6 = wp::load(var_4);
        var_5 = f_2(var_6);
        var_7 = wp::add(var_2, var_5);
        // wp::array_store(var_a, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_7, adj_a, adj_0, adj_7);
        wp::adj_add(var_2, var_5, adj_2, adj_5, adj_7);
        adj_f_2(var_6, adj_4, adj_5);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_4);
        adj_g_1(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = g(a[i]) + f(a[i])                                                          <L 46>
        // adj: i = wp.tid()                                                                      <L 45>
        // adj: def k2(a: wp.array(dtype=float)):                                                 <L 44>
        continue;
    }
}



extern "C" __global__ void k_92a9478e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<2, wp::float32>> var_b)
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
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        //---------
        // forward
        // def k(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec2)):                           <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // a[i] = f(a[i])                                                                         <L 19>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = f_2(var_3);
        wp::array_store(var_a, var_0, var_2);
        // b[i] = f(b[i])                                                                         <L 20>
        var_4 = wp::address(var_b, var_0);
        var_6 = wp::load(var_4);
        var_5 = f_3(var_6);
        wp::array_store(var_b, var_0, var_5);
    }
}



extern "C" __global__ void k_92a9478e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<2, wp::float32>> var_b,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_b)
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
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec2)):                           <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // a[i] = f(a[i])                                                                         <L 19>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = f_2(var_3);
        // wp::array_store(var_a, var_0, var_2);
        // b[i] = f(b[i])                                                                         <L 20>
        var_4 = wp::address(var_b, var_0);
        var_6 = wp::load(var_4);
        var_5 = f_3(var_6);
        // wp::array_store(var_b, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_b, var_0, var_5, adj_b, adj_0, adj_5);
        adj_f_3(var_6, adj_4, adj_5);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
        // adj: b[i] = f(b[i])                                                                    <L 20>
        wp::adj_array_store(var_a, var_0, var_2, adj_a, adj_0, adj_2);
        adj_f_2(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = f(a[i])                                                                    <L 19>
        // adj: i = wp.tid()                                                                      <L 18>
        // adj: def k(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec2)):                      <L 17>
        continue;
    }
}

