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


// warpsynth/kernel_decorator_options.py:4
static CUDA_CALLABLE wp::float32 scale_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // forward
    // def scale(x: float):                                                                   <L 5>
    // return x * 2.0                                                                         <L 6>
    var_1 = wp::mul(var_x, var_0);
    return var_1;
}


// warpsynth/kernel_decorator_options.py:4
static CUDA_CALLABLE void adj_scale_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def scale(x: float):                                                                   <L 5>
    // return x * 2.0                                                                         <L 6>
    var_1 = wp::mul(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x * 2.0                                                                    <L 6>
    // adj: def scale(x: float):                                                              <L 5>
    return;
}



extern "C" WP_CLUSTER_DIMS(4, 1, 1) __global__ void WP_MAXNREG(32) registers_and_clusters_129e9487_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a)
{
    WP_ENABLE_SMEM_SPILLING();
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
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        //---------
        // forward
        // def registers_and_clusters(a: wp.array(dtype=float)):                                  <L 69>
        // i = wp.tid()                                                                           <L 70>
        var_0 = builtin_tid1d();
        // a[i] = scale(a[i]) - 1.0                                                               <L 71>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = scale_0(var_3);
        var_5 = wp::sub(var_2, var_4);
        wp::array_store(var_a, var_0, var_5);
    }
}



extern "C" WP_CLUSTER_DIMS(4, 1, 1) __global__ void WP_MAXNREG(32) registers_and_clusters_129e9487_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> adj_a)
{
    WP_ENABLE_SMEM_SPILLING();
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
        const wp::float32 var_4 = 1.0;
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
        // def registers_and_clusters(a: wp.array(dtype=float)):                                  <L 69>
        // i = wp.tid()                                                                           <L 70>
        var_0 = builtin_tid1d();
        // a[i] = scale(a[i]) - 1.0                                                               <L 71>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = scale_0(var_3);
        var_5 = wp::sub(var_2, var_4);
        // wp::array_store(var_a, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_5, adj_a, adj_0, adj_5);
        wp::adj_sub(var_2, var_4, adj_2, adj_4, adj_5);
        adj_scale_0(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = scale(a[i]) - 1.0                                                          <L 71>
        // adj: i = wp.tid()                                                                      <L 70>
        // adj: def registers_and_clusters(a: wp.array(dtype=float)):                             <L 69>
        continue;
    }
}



extern "C" __launch_bounds__(128, 2) __global__ void bounded_pair_2750d491_cuda_kernel_forward(
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
        const wp::float32 var_2 = 1.0;
        wp::float32 var_3;
        wp::float32 var_4;
        //---------
        // forward
        // def bounded_pair(a: wp.array(dtype=float)):                                            <L 57>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // a[i] = a[i] + 1.0                                                                      <L 59>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::add(var_4, var_2);
        wp::array_store(var_a, var_0, var_3);
    }
}



extern "C" __launch_bounds__(128, 2) __global__ void bounded_pair_2750d491_cuda_kernel_backward(
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
        const wp::float32 var_2 = 1.0;
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
        // def bounded_pair(a: wp.array(dtype=float)):                                            <L 57>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // a[i] = a[i] + 1.0                                                                      <L 59>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::add(var_4, var_2);
        // wp::array_store(var_a, var_0, var_3);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_3, adj_a, adj_0, adj_3);
        wp::adj_add(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = a[i] + 1.0                                                                 <L 59>
        // adj: i = wp.tid()                                                                      <L 58>
        // adj: def bounded_pair(a: wp.array(dtype=float)):                                       <L 57>
        continue;
    }
}



extern "C" __global__ void forward_only_3f2f6a30_cuda_kernel_forward(
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
        //---------
        // forward
        // def forward_only(a: wp.array(dtype=float)):                                            <L 15>
        // i = wp.tid()                                                                           <L 16>
        var_0 = builtin_tid1d();
        // a[i] = scale(a[i])                                                                     <L 17>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = scale_0(var_3);
        wp::array_store(var_a, var_0, var_2);
    }
}



extern "C" __global__ void defaults_spelled_out_657963ba_cuda_kernel_forward(
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
        const wp::float32 var_1 = 2.0;
        //---------
        // forward
        // def defaults_spelled_out(a: wp.array(dtype=float)):                                    <L 75>
        // i = wp.tid()                                                                           <L 76>
        var_0 = builtin_tid1d();
        // a[i] = 2.0                                                                             <L 77>
        wp::array_store(var_a, var_0, var_1);
    }
}



extern "C" __launch_bounds__(64) __global__ void bounded_one_71860cab_cuda_kernel_forward(
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
        const wp::float32 var_2 = 3.0;
        wp::float32 var_3;
        wp::float32 var_4;
        //---------
        // forward
        // def bounded_one(a: wp.array(dtype=float)):                                             <L 63>
        // i = wp.tid()                                                                           <L 64>
        var_0 = builtin_tid1d();
        // a[i] = a[i] * 3.0                                                                      <L 65>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        wp::array_store(var_a, var_0, var_3);
    }
}



extern "C" __launch_bounds__(64) __global__ void bounded_one_71860cab_cuda_kernel_backward(
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
        const wp::float32 var_2 = 3.0;
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
        // def bounded_one(a: wp.array(dtype=float)):                                             <L 63>
        // i = wp.tid()                                                                           <L 64>
        var_0 = builtin_tid1d();
        // a[i] = a[i] * 3.0                                                                      <L 65>
        var_1 = wp::address(var_a, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        // wp::array_store(var_a, var_0, var_3);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_3, adj_a, adj_0, adj_3);
        wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = a[i] * 3.0                                                                 <L 65>
        // adj: i = wp.tid()                                                                      <L 64>
        // adj: def bounded_one(a: wp.array(dtype=float)):                                        <L 63>
        continue;
    }
}



extern "C" __global__ void empty_call_7a227c70_cuda_kernel_forward(
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
        const wp::float32 var_1 = 3.0;
        //---------
        // forward
        // def empty_call(a: wp.array(dtype=float)):                                              <L 81>
        // i = wp.tid()                                                                           <L 82>
        var_0 = builtin_tid1d();
        // a[i] = 3.0                                                                             <L 83>
        wp::array_store(var_a, var_0, var_1);
    }
}



extern "C" __global__ void empty_call_7a227c70_cuda_kernel_backward(
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
        const wp::float32 var_1 = 3.0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        //---------
        // forward
        // def empty_call(a: wp.array(dtype=float)):                                              <L 81>
        // i = wp.tid()                                                                           <L 82>
        var_0 = builtin_tid1d();
        // a[i] = 3.0                                                                             <L 83>
        // wp::array_store(var_a, var_0, var_1);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_1, adj_a, adj_0, adj_1);
        // adj: a[i] = 3.0                                                                        <L 83>
        // adj: i = wp.tid()                                                                      <L 82>
        // adj: def empty_call(a: wp.array(dtype=float)):                                         <L 81>
        continue;
    }
}



extern "C" __launch_bounds__(256) __global__ void bounded_928f624d_cuda_kernel_forward(
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
        //---------
        // forward
        // def bounded(a: wp.array(dtype=float)):                                                 <L 51>
        // i = wp.tid()                                                                           <L 52>
        var_0 = builtin_tid1d();
        // a[i] = scale(a[i])                                                                     <L 53>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = scale_0(var_3);
        wp::array_store(var_a, var_0, var_2);
    }
}



extern "C" __launch_bounds__(256) __global__ void bounded_928f624d_cuda_kernel_backward(
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
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        //---------
        // forward
        // def bounded(a: wp.array(dtype=float)):                                                 <L 51>
        // i = wp.tid()                                                                           <L 52>
        var_0 = builtin_tid1d();
        // a[i] = scale(a[i])                                                                     <L 53>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = scale_0(var_3);
        // wp::array_store(var_a, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_2, adj_a, adj_0, adj_2);
        adj_scale_0(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = scale(a[i])                                                                <L 53>
        // adj: i = wp.tid()                                                                      <L 52>
        // adj: def bounded(a: wp.array(dtype=float)):                                            <L 51>
        continue;
    }
}



extern "C" __global__ void with_backward_c874e2f0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b)
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
        //---------
        // forward
        // def with_backward(a: wp.array(dtype=float), b: wp.array(dtype=float)):                 <L 45>
        // i = wp.tid()                                                                           <L 46>
        var_0 = builtin_tid1d();
        // b[i] = scale(a[i])                                                                     <L 47>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = scale_0(var_3);
        wp::array_store(var_b, var_0, var_2);
    }
}



extern "C" __global__ void with_backward_c874e2f0_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b)
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
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        //---------
        // forward
        // def with_backward(a: wp.array(dtype=float), b: wp.array(dtype=float)):                 <L 45>
        // i = wp.tid()                                                                           <L 46>
        var_0 = builtin_tid1d();
        // b[i] = scale(a[i])                                                                     <L 47>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = scale_0(var_3);
        // wp::array_store(var_b, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_b, var_0, var_2, adj_b, adj_0, adj_2);
        adj_scale_0(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: b[i] = scale(a[i])                                                                <L 47>
        // adj: i = wp.tid()                                                                      <L 46>
        // adj: def with_backward(a: wp.array(dtype=float), b: wp.array(dtype=float)):            <L 45>
        continue;
    }
}

