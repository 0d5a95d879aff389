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



extern "C" __global__ void copy_1d_033b0487_cuda_kernel_forward(
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
        const wp::int32 var_1 = 16;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::int32 var_4;
        //---------
        // forward
        // def copy_1d(a: wp.array(dtype=float), b: wp.array(dtype=float)):                       <L 12>
        // i = wp.tid()                                                                           <L 13>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 14>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
        // wp.tile_store(b, t, offset=i * TILE)                                                   <L 15>
        var_4 = wp::mul(var_0, var_1);
        wp::tile_store<wp::float32, true, false>(var_b, var_4, var_3);
    }
}



extern "C" __global__ void copy_1d_033b0487_cuda_kernel_backward(
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
        const wp::int32 var_1 = 16;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::int32 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_3{};
        wp::int32 adj_4 = {};
        //---------
        // forward
        // def copy_1d(a: wp.array(dtype=float), b: wp.array(dtype=float)):                       <L 12>
        // i = wp.tid()                                                                           <L 13>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 14>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
        // wp.tile_store(b, t, offset=i * TILE)                                                   <L 15>
        var_4 = wp::mul(var_0, var_1);
        // wp::tile_store<wp::float32, true, false>(var_b, var_4, var_3);
        //---------
        // reverse
        wp::adj_tile_store(var_b, var_4, var_3, adj_b, adj_4, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
        // adj: wp.tile_store(b, t, offset=i * TILE)                                              <L 15>
        wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                  <L 14>
        // adj: i = wp.tid()                                                                      <L 13>
        // adj: def copy_1d(a: wp.array(dtype=float), b: wp.array(dtype=float)):                  <L 12>
        continue;
    }
}



extern "C" __global__ void positional_4f1270dc_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
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
        const wp::int32 var_1 = 4;
        wp::int32 var_2;
        const wp::str var_3 = "register";
        const bool var_4 = false;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_5 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 8;
        const wp::str var_8 = "shared";
        const bool var_9 = false;
        wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_10 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
        const wp::int32 var_11 = 0;
        const bool var_12 = false;
        //---------
        // forward
        // def positional(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), n: int):        <L 28>
        // i = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, TILE_N, i * n, "register", False)                                  <L 30>
        var_2 = wp::mul(var_0, var_n);
        var_5 = wp::tile_load<wp::vec_t<3, wp::float32>, false, false, 4>(var_a, var_2);
        // wp.tile_store(b, t)                                                                    <L 31>
        wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_b, var_6, var_5);
        // s = wp.tile_load(a, 8, storage='shared', bounds_check=False)                           <L 32>
        var_10 = wp::tile_load<wp::vec_t<3, wp::float32>, false, false, 8>(var_a, var_11);
        // wp.tile_store(b, s, offset=TILE_N, bounds_check=False)                                 <L 33>
        wp::tile_store<wp::vec_t<3, wp::float32>, false, false>(var_b, var_1, var_10);
    }
}



extern "C" __global__ void positional_4f1270dc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::int32 var_n,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b,
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
        const wp::int32 var_1 = 4;
        wp::int32 var_2;
        const wp::str var_3 = "register";
        const bool var_4 = false;
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_5 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 8;
        const wp::str var_8 = "shared";
        const bool var_9 = false;
        wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_10 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
        const wp::int32 var_11 = 0;
        const bool var_12 = false;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::str adj_3 = {};
        bool adj_4 = {};
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<4>>> adj_5{};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::str adj_8 = {};
        bool adj_9 = {};
        wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_10 = var_10;
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        //---------
        // forward
        // def positional(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), n: int):        <L 28>
        // i = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(a, TILE_N, i * n, "register", False)                                  <L 30>
        var_2 = wp::mul(var_0, var_n);
        var_5 = wp::tile_load<wp::vec_t<3, wp::float32>, false, false, 4>(var_a, var_2);
        // wp.tile_store(b, t)                                                                    <L 31>
        // wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_b, var_6, var_5);
        // s = wp.tile_load(a, 8, storage='shared', bounds_check=False)                           <L 32>
        var_10 = wp::tile_load<wp::vec_t<3, wp::float32>, false, false, 8>(var_a, var_11);
        // wp.tile_store(b, s, offset=TILE_N, bounds_check=False)                                 <L 33>
        // wp::tile_store<wp::vec_t<3, wp::float32>, false, false>(var_b, var_1, var_10);
        //---------
        // reverse
        wp::adj_tile_store(var_b, var_1, var_10, adj_b, adj_1, adj_10);
        // adj: wp.tile_store(b, s, offset=TILE_N, bounds_check=False)                            <L 33>
        wp::adj_tile_load(var_a, var_11, adj_a, adj_11, adj_10);
        // adj: s = wp.tile_load(a, 8, storage='shared', bounds_check=False)                      <L 32>
        wp::adj_tile_store(var_b, var_6, var_5, adj_b, adj_6, adj_5);
        // adj: wp.tile_store(b, t)                                                               <L 31>
        wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_5);
        wp::adj_mul(var_0, var_n, adj_0, adj_n, adj_2);
        // adj: t = wp.tile_load(a, TILE_N, i * n, "register", False)                             <L 30>
        // adj: i = wp.tid()                                                                      <L 29>
        // adj: def positional(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), n: int):   <L 28>
        continue;
    }
}



extern "C" __global__ void copy_2d_cd090086_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_a,
    wp::array_t<wp::float64> var_b)
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
        const wp::int32 var_2 = 8;
        const wp::int32 var_3 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_8 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        const wp::int32 var_9 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        const wp::int32 var_11 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        const wp::str var_13 = "shared";
        const bool var_14 = true;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,2>, wp::tile_stride_t<2,1>>, true> var_15 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,2>,wp::tile_stride_t<2,1>,false>();
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        wp::tuple_t<wp::int32, wp::int32> var_18;
        const wp::int32 var_19 = 4;
        const wp::int32 var_20 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_21;
        const bool var_22 = false;
        const bool var_23 = true;
        const wp::int32 var_24 = 0;
        //---------
        // forward
        // def copy_2d(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64)):         <L 19>
        // i, j = wp.tid()                                                                        <L 20>
        builtin_tid2d(var_0, var_1);
        // t = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))           <L 21>
        var_4 = wp::tuple(var_2, var_3);
        var_5 = wp::mul(var_0, var_2);
        var_6 = wp::mul(var_1, var_3);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::float64, true, false, 8, 4>(var_a, var_5, var_6);
        // u = wp.tile_load(a, shape=(TILE_M, BLOCK), offset=(0, j), storage="shared", aligned=True)       <L 22>
        var_10 = wp::tuple(var_2, var_9);
        var_12 = wp::tuple(var_11, var_1);
        var_15 = wp::tile_load<wp::float64, true, true, 8, 2>(var_a, var_16, var_1);
        // wp.tile_store(b, t, offset=(i * TILE_M, TILE_N))                                       <L 23>
        var_17 = wp::mul(var_0, var_2);
        var_18 = wp::tuple(var_17, var_3);
        wp::tile_store<wp::float64, true, false>(var_b, var_17, var_19, var_8);
        // wp.tile_store(b, u, (i, 0), False, True)                                               <L 24>
        var_21 = wp::tuple(var_0, var_20);
        wp::tile_store<wp::float64, false, true>(var_b, var_0, var_24, var_15);
    }
}



extern "C" __global__ void copy_2d_cd090086_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_a,
    wp::array_t<wp::float64> var_b,
    wp::array_t<wp::float64> adj_a,
    wp::array_t<wp::float64> adj_b)
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
        const wp::int32 var_2 = 8;
        const wp::int32 var_3 = 4;
        wp::tuple_t<wp::int32, wp::int32> var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::tuple_t<wp::int32, wp::int32> var_7;
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_8 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
        const wp::int32 var_9 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_10;
        const wp::int32 var_11 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_12;
        const wp::str var_13 = "shared";
        const bool var_14 = true;
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,2>, wp::tile_stride_t<2,1>>, true> var_15 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<8,2>,wp::tile_stride_t<2,1>,true>();
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        wp::tuple_t<wp::int32, wp::int32> var_18;
        const wp::int32 var_19 = 4;
        const wp::int32 var_20 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_21;
        const bool var_22 = false;
        const bool var_23 = true;
        const wp::int32 var_24 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_7 = {};
        wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_8{};
        wp::int32 adj_9 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_12 = {};
        wp::str adj_13 = {};
        bool adj_14 = {};
        wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<8,2>, wp::tile_stride_t<2,1>>, true>& adj_15 = var_15;
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_21 = {};
        bool adj_22 = {};
        bool adj_23 = {};
        wp::int32 adj_24 = {};
        //---------
        // forward
        // def copy_2d(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64)):         <L 19>
        // i, j = wp.tid()                                                                        <L 20>
        builtin_tid2d(var_0, var_1);
        // t = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))           <L 21>
        var_4 = wp::tuple(var_2, var_3);
        var_5 = wp::mul(var_0, var_2);
        var_6 = wp::mul(var_1, var_3);
        var_7 = wp::tuple(var_5, var_6);
        var_8 = wp::tile_load<wp::float64, true, false, 8, 4>(var_a, var_5, var_6);
        // u = wp.tile_load(a, shape=(TILE_M, BLOCK), offset=(0, j), storage="shared", aligned=True)       <L 22>
        var_10 = wp::tuple(var_2, var_9);
        var_12 = wp::tuple(var_11, var_1);
        var_15 = wp::tile_load<wp::float64, true, true, 8, 2>(var_a, var_16, var_1);
        // wp.tile_store(b, t, offset=(i * TILE_M, TILE_N))                                       <L 23>
        var_17 = wp::mul(var_0, var_2);
        var_18 = wp::tuple(var_17, var_3);
        // wp::tile_store<wp::float64, true, false>(var_b, var_17, var_19, var_8);
        // wp.tile_store(b, u, (i, 0), False, True)                                               <L 24>
        var_21 = wp::tuple(var_0, var_20);
        // wp::tile_store<wp::float64, false, true>(var_b, var_0, var_24, var_15);
        //---------
        // reverse
        wp::adj_tile_store(var_b, var_0, var_24, var_15, adj_b, adj_0, adj_24, adj_15);
        // adj: wp.tile_store(b, u, (i, 0), False, True)                                          <L 24>
        wp::adj_tile_store(var_b, var_17, var_19, var_8, adj_b, adj_17, adj_19, adj_8);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_17);
        // adj: wp.tile_store(b, t, offset=(i * TILE_M, TILE_N))                                  <L 23>
        wp::adj_tile_load(var_a, var_16, var_1, adj_a, adj_16, adj_1, adj_15);
        // adj: u = wp.tile_load(a, shape=(TILE_M, BLOCK), offset=(0, j), storage="shared", aligned=True)  <L 22>
        wp::adj_tile_load(var_a, var_5, var_6, adj_a, adj_5, adj_6, adj_8);
        wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_6);
        wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_5);
        // adj: t = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))      <L 21>
        // adj: i, j = wp.tid()                                                                   <L 20>
        // adj: def copy_2d(a: wp.array2d(dtype=wp.float64), b: wp.array2d(dtype=wp.float64)):    <L 19>
        continue;
    }
}



extern "C" __global__ void forward_only_d6b07dd7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> var_b)
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
        const wp::int32 var_0 = 2;
        const wp::int32 var_1 = 2;
        const wp::int32 var_2 = 4;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_3;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<2,2,4>>> var_4 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<2,2,4>>>{};
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 1;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 0;
        wp::tuple_t<wp::int32, wp::int32, wp::int32> var_11;
        const wp::int32 var_12 = 1;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 0;
        //---------
        // forward
        // def forward_only(a: wp.array3d(dtype=wp.int32), b: wp.array3d(dtype=wp.int32)):        <L 37>
        // t = wp.tile_load(a, shape=(2, 2, TILE_N))                                              <L 38>
        var_3 = wp::tuple(var_0, var_1, var_2);
        var_4 = wp::tile_load<wp::int32, true, false, 2, 2, 4>(var_a, var_5, var_6, var_7);
        // wp.tile_store(b, t, offset=(1, 0, 0))                                                  <L 39>
        var_11 = wp::tuple(var_8, var_9, var_10);
        wp::tile_store<wp::int32, true, false>(var_b, var_12, var_13, var_14, var_4);
    }
}

