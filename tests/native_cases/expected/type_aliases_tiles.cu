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



extern "C" __global__ void k_ba6f4650_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::mat_t<2, 3, wp::float32>> var_m)
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
        const wp::int32 var_1 = 8;
        wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_2 = wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_3 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_4 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_5;
        wp::tile_register_t<wp::mat_t<2, 3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>> var_6 = wp::tile_register_t<wp::mat_t<2, 3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>>{};
        wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_7 = wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_8 = 0;
        wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_9 = wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 0;
        //---------
        // forward
        // def k(a: wp.array(dtype=vec6f), b: wp.array(dtype=V), m: wp.array(dtype=mat23)):       <L 12>
        // i = wp.tid()                                                                           <L 13>
        var_0 = builtin_tid1d();
        // t = wp.tile_zeros(shape=TILE, dtype=vec6f)                                             <L 14>
        var_2 = wp::tile_zeros<wp::vec_t<6, wp::float32>, 8>();
        // u = wp.tile_ones(shape=TILE, dtype=V)                                                  <L 15>
        var_3 = wp::tile_ones<wp::vec_t<3, wp::float32>, 8>();
        // w = wp.tile_zeros(shape=(2, TILE), dtype=mat23)                                        <L 16>
        var_5 = wp::tuple(var_4, var_1);
        var_6 = wp::tile_zeros<wp::mat_t<2, 3, wp::float32>, 2, 8>();
        // x = wp.tile_load(a, shape=TILE)                                                        <L 17>
        var_7 = wp::tile_load<wp::vec_t<6, wp::float32>, true, false, 8>(var_a, var_8);
        // wp.tile_store(a, t + x)                                                                <L 18>
        var_9 = wp::tile_add(var_2, var_7);
        wp::tile_store<wp::vec_t<6, wp::float32>, true, false>(var_a, var_10, var_9);
        // wp.tile_store(b, u)                                                                    <L 19>
        wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_b, var_11, var_3);
    }
}



extern "C" __global__ void k_ba6f4650_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::mat_t<2, 3, wp::float32>> var_m,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b,
    wp::array_t<wp::mat_t<2, 3, wp::float32>> adj_m)
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
        const wp::int32 var_1 = 8;
        wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_2 = wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_3 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_4 = 2;
        wp::tuple_t<wp::int32, wp::int32> var_5;
        wp::tile_register_t<wp::mat_t<2, 3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>> var_6 = wp::tile_register_t<wp::mat_t<2, 3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>>{};
        wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_7 = wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_8 = 0;
        wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_9 = wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_2{};
        wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_3{};
        wp::int32 adj_4 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_5 = {};
        wp::tile_register_t<wp::mat_t<2, 3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,8>>> adj_6{};
        wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_7{};
        wp::int32 adj_8 = {};
        wp::tile_register_t<wp::vec_t<6, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_9{};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=vec6f), b: wp.array(dtype=V), m: wp.array(dtype=mat23)):       <L 12>
        // i = wp.tid()                                                                           <L 13>
        var_0 = builtin_tid1d();
        // t = wp.tile_zeros(shape=TILE, dtype=vec6f)                                             <L 14>
        var_2 = wp::tile_zeros<wp::vec_t<6, wp::float32>, 8>();
        // u = wp.tile_ones(shape=TILE, dtype=V)                                                  <L 15>
        var_3 = wp::tile_ones<wp::vec_t<3, wp::float32>, 8>();
        // w = wp.tile_zeros(shape=(2, TILE), dtype=mat23)                                        <L 16>
        var_5 = wp::tuple(var_4, var_1);
        var_6 = wp::tile_zeros<wp::mat_t<2, 3, wp::float32>, 2, 8>();
        // x = wp.tile_load(a, shape=TILE)                                                        <L 17>
        var_7 = wp::tile_load<wp::vec_t<6, wp::float32>, true, false, 8>(var_a, var_8);
        // wp.tile_store(a, t + x)                                                                <L 18>
        var_9 = wp::tile_add(var_2, var_7);
        // wp::tile_store<wp::vec_t<6, wp::float32>, true, false>(var_a, var_10, var_9);
        // wp.tile_store(b, u)                                                                    <L 19>
        // wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_b, var_11, var_3);
        //---------
        // reverse
        wp::adj_tile_store(var_b, var_11, var_3, adj_b, adj_11, adj_3);
        // adj: wp.tile_store(b, u)                                                               <L 19>
        wp::adj_tile_store(var_a, var_10, var_9, adj_a, adj_10, adj_9);
        wp::adj_tile_add(var_2, var_7, adj_2, adj_7, adj_9);
        // adj: wp.tile_store(a, t + x)                                                           <L 18>
        wp::adj_tile_load(var_a, var_8, adj_a, adj_8, adj_7);
        // adj: x = wp.tile_load(a, shape=TILE)                                                   <L 17>
        // adj: w = wp.tile_zeros(shape=(2, TILE), dtype=mat23)                                   <L 16>
        // adj: u = wp.tile_ones(shape=TILE, dtype=V)                                             <L 15>
        // adj: t = wp.tile_zeros(shape=TILE, dtype=vec6f)                                        <L 14>
        // adj: i = wp.tid()                                                                      <L 13>
        // adj: def k(a: wp.array(dtype=vec6f), b: wp.array(dtype=V), m: wp.array(dtype=mat23)):  <L 12>
        continue;
    }
}

