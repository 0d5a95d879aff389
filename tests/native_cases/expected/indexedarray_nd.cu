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



extern "C" __global__ void copy2d_5eea500d_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 2.0;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // forward
        // def copy2d(src: wp.indexedarray2d(dtype=wp.vec3), dst: wp.array2d(dtype=wp.vec3)):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // v = src[i, j]                                                                          <L 7>
        var_2 = wp::address(var_src, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // dst[i, j] = v * 2.0                                                                    <L 8>
        var_6 = wp::mul(var_3, var_5);
        wp::array_store(var_dst, var_0, var_1, var_6);
        // src[i, j] = wp.normalize(v)                                                            <L 9>
        var_7 = wp::normalize(var_3);
        wp::array_store(var_src, var_0, var_1, var_7);
    }
}



extern "C" __global__ void copy2d_5eea500d_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dst)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 2.0;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        //---------
        // forward
        // def copy2d(src: wp.indexedarray2d(dtype=wp.vec3), dst: wp.array2d(dtype=wp.vec3)):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // v = src[i, j]                                                                          <L 7>
        var_2 = wp::address(var_src, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // dst[i, j] = v * 2.0                                                                    <L 8>
        var_6 = wp::mul(var_3, var_5);
        // wp::array_store(var_dst, var_0, var_1, var_6);
        // src[i, j] = wp.normalize(v)                                                            <L 9>
        var_7 = wp::normalize(var_3);
        // wp::array_store(var_src, var_0, var_1, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_src, var_0, var_1, var_7, adj_src, adj_0, adj_1, adj_7);
        wp::adj_normalize(var_3, var_7, adj_3, adj_7);
        // adj: src[i, j] = wp.normalize(v)                                                       <L 9>
        wp::adj_array_store(var_dst, var_0, var_1, var_6, adj_dst, adj_0, adj_1, adj_6);
        wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_6);
        // adj: dst[i, j] = v * 2.0                                                               <L 8>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_2);
        // adj: v = src[i, j]                                                                     <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def copy2d(src: wp.indexedarray2d(dtype=wp.vec3), dst: wp.array2d(dtype=wp.vec3)):  <L 5>
        continue;
    }
}



extern "C" __global__ void mats_afc576fa_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::indexedarray_t<wp::mat_t<3, 3, wp::float32>> var_m,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32>* var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        //---------
        // forward
        // def mats(m: wp.indexedarray[wp.mat33], out: wp.array[wp.mat33]):                       <L 22>
        // i = wp.tid()                                                                           <L 23>
        var_0 = builtin_tid1d();
        // out[i] = wp.transpose(m[i]) * m[i]                                                     <L 24>
        var_1 = wp::address(var_m, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::transpose(var_3);
        var_4 = wp::address(var_m, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_2, var_6);
        wp::array_store(var_out, var_0, var_5);
        // m[i] += out[i]                                                                         <L 25>
        var_7 = wp::address(var_out, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::atomic_add(var_m, var_0, var_9);
    }
}



extern "C" __global__ void mats_afc576fa_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::indexedarray_t<wp::mat_t<3, 3, wp::float32>> var_m,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_m,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_out)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32>* var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::mat_t<3, 3, wp::float32> adj_9 = {};
        //---------
        // forward
        // def mats(m: wp.indexedarray[wp.mat33], out: wp.array[wp.mat33]):                       <L 22>
        // i = wp.tid()                                                                           <L 23>
        var_0 = builtin_tid1d();
        // out[i] = wp.transpose(m[i]) * m[i]                                                     <L 24>
        var_1 = wp::address(var_m, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::transpose(var_3);
        var_4 = wp::address(var_m, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_2, var_6);
        // wp::array_store(var_out, var_0, var_5);
        // m[i] += out[i]                                                                         <L 25>
        var_7 = wp::address(var_out, var_0);
        var_9 = wp::load(var_7);
        // var_8 = wp::atomic_add(var_m, var_0, var_9);
        //---------
        // reverse
        wp::adj_atomic_add(var_m, var_0, var_9, adj_m, adj_0, adj_7, adj_8);
        wp::adj_address(var_out, var_0, adj_out, adj_0, adj_7);
        // adj: m[i] += out[i]                                                                    <L 25>
        wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
        wp::adj_mul(var_2, var_6, adj_2, adj_4, adj_5);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_4);
        wp::adj_transpose(var_3, adj_1, adj_2);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_1);
        // adj: out[i] = wp.transpose(m[i]) * m[i]                                                <L 24>
        // adj: i = wp.tid()                                                                      <L 23>
        // adj: def mats(m: wp.indexedarray[wp.mat33], out: wp.array[wp.mat33]):                  <L 22>
        continue;
    }
}



extern "C" __global__ void add3d_b34d42f9_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::indexedarray_t<wp::float64> var_a,
    wp::indexedarray_t<wp::float64> var_out)
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
        wp::int32 var_2;
        wp::float64* var_3;
        wp::float64 var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 2;
        wp::int32 var_10;
        wp::shape_t var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        bool var_14;
        wp::float64* var_15;
        wp::float64 var_16;
        wp::float64 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        //---------
        // forward
        // def add3d(a: wp.indexedarray(dtype=wp.float64, ndim=3), out: wp.indexedarray(dtype=wp.float64, ndim=3)):       <L 13>
        // i, j, k = wp.tid()                                                                     <L 14>
        builtin_tid3d(var_0, var_1, var_2);
        // out[i, j, k] -= a[i, j, k] * wp.float64(0.5)                                           <L 15>
        var_3 = wp::address(var_a, var_0, var_1, var_2);
        var_4 = 0.5;
        var_6 = wp::load(var_3);
        var_5 = wp::mul(var_6, var_4);
        var_7 = wp::atomic_sub(var_out, var_0, var_1, var_2, var_5);
        // n = a.shape[2]                                                                         <L 16>
        var_8 = &(var_a.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        // if k < n - 1:                                                                          <L 17>
        var_13 = wp::sub(var_10, var_12);
        var_14 = (var_2 < var_13);
        if (var_14) {
            // out[i, j, k + 1] = a[i, j, k]                                                      <L 18>
            var_15 = wp::address(var_a, var_0, var_1, var_2);
            var_17 = wp::load(var_15);
            var_16 = wp::copy(var_17);
            var_19 = wp::add(var_2, var_18);
            wp::array_store(var_out, var_0, var_1, var_19, var_16);
        }
    }
}



extern "C" __global__ void add3d_b34d42f9_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::indexedarray_t<wp::float64> var_a,
    wp::indexedarray_t<wp::float64> var_out,
    wp::array_t<wp::float64> adj_a,
    wp::array_t<wp::float64> adj_out)
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
        wp::int32 var_2;
        wp::float64* var_3;
        wp::float64 var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 2;
        wp::int32 var_10;
        wp::shape_t var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        bool var_14;
        wp::float64* var_15;
        wp::float64 var_16;
        wp::float64 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float64 adj_3 = {};
        wp::float64 adj_4 = {};
        wp::float64 adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::float64 adj_15 = {};
        wp::float64 adj_16 = {};
        wp::float64 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        //---------
        // forward
        // def add3d(a: wp.indexedarray(dtype=wp.float64, ndim=3), out: wp.indexedarray(dtype=wp.float64, ndim=3)):       <L 13>
        // i, j, k = wp.tid()                                                                     <L 14>
        builtin_tid3d(var_0, var_1, var_2);
        // out[i, j, k] -= a[i, j, k] * wp.float64(0.5)                                           <L 15>
        var_3 = wp::address(var_a, var_0, var_1, var_2);
        var_4 = 0.5;
        var_6 = wp::load(var_3);
        var_5 = wp::mul(var_6, var_4);
        // var_7 = wp::atomic_sub(var_out, var_0, var_1, var_2, var_5);
        // n = a.shape[2]                                                                         <L 16>
        var_8 = &(var_a.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        // if k < n - 1:                                                                          <L 17>
        var_13 = wp::sub(var_10, var_12);
        var_14 = (var_2 < var_13);
        if (var_14) {
            // out[i, j, k + 1] = a[i, j, k]                                                      <L 18>
            var_15 = wp::address(var_a, var_0, var_1, var_2);
            var_17 = wp::load(var_15);
            var_16 = wp::copy(var_17);
            var_19 = wp::add(var_2, var_18);
            // wp::array_store(var_out, var_0, var_1, var_19, var_16);
        }
        //---------
        // reverse
        if (var_14) {
            wp::adj_array_store(var_out, var_0, var_1, var_19, var_16, adj_out, adj_0, adj_1, adj_19, adj_16);
            wp::adj_add(var_2, var_18, adj_2, adj_18, adj_19);
            wp::adj_copy(var_17, adj_15, adj_16);
            wp::adj_address(var_a, var_0, var_1, var_2, adj_a, adj_0, adj_1, adj_2, adj_15);
            // adj: out[i, j, k + 1] = a[i, j, k]                                                 <L 18>
        }
        wp::adj_sub(var_10, var_12, adj_10, adj_12, adj_13);
        // adj: if k < n - 1:                                                                     <L 17>
        adj_a.shape = adj_8;
        // adj: n = a.shape[2]                                                                    <L 16>
        wp::adj_atomic_sub(var_out, var_0, var_1, var_2, var_5, adj_out, adj_0, adj_1, adj_2, adj_5, adj_7);
        wp::adj_mul(var_6, var_4, adj_3, adj_4, adj_5);
        wp::adj_address(var_a, var_0, var_1, var_2, adj_a, adj_0, adj_1, adj_2, adj_3);
        // adj: out[i, j, k] -= a[i, j, k] * wp.float64(0.5)                                      <L 15>
        // adj: i, j, k = wp.tid()                                                                <L 14>
        // adj: def add3d(a: wp.indexedarray(dtype=wp.float64, ndim=3), out: wp.indexedarray(dtype=wp.float64, ndim=3)):  <L 13>
        continue;
    }
}

