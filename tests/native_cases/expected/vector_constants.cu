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



extern "C" __global__ void integrate_cb412605_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<2, wp::float32>> var_p,
    wp::float32 var_dt)
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
        const wp::vec_t<3, wp::float32> var_2 = wp::initializer_array<3,wp::float32>{0.0, -9.8100004196167, 0.10000000149011612};
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::vec_t<3, wp::float32> var_6 = wp::initializer_array<3,wp::float32>{0.0, 1.0, 0.0};
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<2, wp::float32>* var_9;
        const wp::vec_t<2, wp::float32> var_10 = wp::initializer_array<2,wp::float32>{1.0, -2.5};
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32> var_16;
        //---------
        // forward
        // def integrate(v: wp.array(dtype=wp.vec3), p: wp.array(dtype=wp.vec2), dt: float):       <L 9>
        // i = wp.tid()                                                                           <L 10>
        var_0 = builtin_tid1d();
        // v[i] = v[i] + GRAVITY * dt + UP                                                        <L 11>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::mul(var_2, var_dt);
        var_5 = wp::load(var_1);
        var_4 = wp::add(var_5, var_3);
        var_7 = wp::add(var_4, var_6);
        wp::array_store(var_v, var_0, var_7);
        // g = GRAVITY                                                                            <L 12>
        var_8 = wp::copy(var_2);
        // p[i] = p[i] + OFFSET * g[1] - OFFSET                                                   <L 13>
        var_9 = wp::address(var_p, var_0);
        var_12 = wp::extract(var_8, var_11);
        var_13 = wp::mul(var_10, var_12);
        var_15 = wp::load(var_9);
        var_14 = wp::add(var_15, var_13);
        var_16 = wp::sub(var_14, var_10);
        wp::array_store(var_p, var_0, var_16);
    }
}



extern "C" __global__ void integrate_cb412605_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<2, wp::float32>> var_p,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_p,
    wp::float32 adj_dt)
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
        const wp::vec_t<3, wp::float32> var_2 = wp::initializer_array<3,wp::float32>{0.0, -9.8100004196167, 0.10000000149011612};
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::vec_t<3, wp::float32> var_6 = wp::initializer_array<3,wp::float32>{0.0, 1.0, 0.0};
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<2, wp::float32>* var_9;
        const wp::vec_t<2, wp::float32> var_10 = wp::initializer_array<2,wp::float32>{1.0, -2.5};
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32> var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        wp::vec_t<2, wp::float32> adj_16 = {};
        //---------
        // forward
        // def integrate(v: wp.array(dtype=wp.vec3), p: wp.array(dtype=wp.vec2), dt: float):       <L 9>
        // i = wp.tid()                                                                           <L 10>
        var_0 = builtin_tid1d();
        // v[i] = v[i] + GRAVITY * dt + UP                                                        <L 11>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::mul(var_2, var_dt);
        var_5 = wp::load(var_1);
        var_4 = wp::add(var_5, var_3);
        var_7 = wp::add(var_4, var_6);
        // wp::array_store(var_v, var_0, var_7);
        // g = GRAVITY                                                                            <L 12>
        var_8 = wp::copy(var_2);
        // p[i] = p[i] + OFFSET * g[1] - OFFSET                                                   <L 13>
        var_9 = wp::address(var_p, var_0);
        var_12 = wp::extract(var_8, var_11);
        var_13 = wp::mul(var_10, var_12);
        var_15 = wp::load(var_9);
        var_14 = wp::add(var_15, var_13);
        var_16 = wp::sub(var_14, var_10);
        // wp::array_store(var_p, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_p, var_0, var_16, adj_p, adj_0, adj_16);
        wp::adj_sub(var_14, var_10, adj_14, adj_10, adj_16);
        wp::adj_add(var_15, var_13, adj_9, adj_13, adj_14);
        wp::adj_mul(var_10, var_12, adj_10, adj_12, adj_13);
        wp::adj_extract(var_8, var_11, adj_8, adj_11, adj_12);
        wp::adj_address(var_p, var_0, adj_p, adj_0, adj_9);
        // adj: p[i] = p[i] + OFFSET * g[1] - OFFSET                                              <L 13>
        wp::adj_copy(var_2, adj_2, adj_8);
        // adj: g = GRAVITY                                                                       <L 12>
        wp::adj_array_store(var_v, var_0, var_7, adj_v, adj_0, adj_7);
        wp::adj_add(var_4, var_6, adj_4, adj_6, adj_7);
        wp::adj_add(var_5, var_3, adj_1, adj_3, adj_4);
        wp::adj_mul(var_2, var_dt, adj_2, adj_dt, adj_3);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
        // adj: v[i] = v[i] + GRAVITY * dt + UP                                                   <L 11>
        // adj: i = wp.tid()                                                                      <L 10>
        // adj: def integrate(v: wp.array(dtype=wp.vec3), p: wp.array(dtype=wp.vec2), dt: float):  <L 9>
        continue;
    }
}



extern "C" __global__ void copies_e48139d3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
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
        const wp::vec_t<3, wp::float32> var_1 = wp::initializer_array<3,wp::float32>{0.0, -9.8100004196167, 0.10000000149011612};
        wp::vec_t<3, wp::float32> var_2;
        const wp::vec_t<3, wp::float32> var_3 = wp::initializer_array<3,wp::float32>{0.0, 1.0, 0.0};
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::float32 var_6 = 2.0;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        //---------
        // forward
        // def copies(out: wp.array(dtype=wp.vec3)):                                              <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // a = wp.vec3(GRAVITY)                                                                   <L 19>
        var_2 = wp::vec_t<3, wp::float32>(var_1);
        // b = wp.vec3(UP)                                                                        <L 20>
        var_4 = wp::vec_t<3, wp::float32>(var_3);
        // out[i] = a + b + wp.vec3(2.0)                                                          <L 21>
        var_5 = wp::add(var_2, var_4);
        var_7 = wp::vec_t<3, wp::float32>(var_6);
        var_8 = wp::add(var_5, var_7);
        wp::array_store(var_out, var_0, var_8);
    }
}



extern "C" __global__ void copies_e48139d3_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
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
        const wp::vec_t<3, wp::float32> var_1 = wp::initializer_array<3,wp::float32>{0.0, -9.8100004196167, 0.10000000149011612};
        wp::vec_t<3, wp::float32> var_2;
        const wp::vec_t<3, wp::float32> var_3 = wp::initializer_array<3,wp::float32>{0.0, 1.0, 0.0};
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::float32 var_6 = 2.0;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        //---------
        // forward
        // def copies(out: wp.array(dtype=wp.vec3)):                                              <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // a = wp.vec3(GRAVITY)                                                                   <L 19>
        var_2 = wp::vec_t<3, wp::float32>(var_1);
        // b = wp.vec3(UP)                                                                        <L 20>
        var_4 = wp::vec_t<3, wp::float32>(var_3);
        // out[i] = a + b + wp.vec3(2.0)                                                          <L 21>
        var_5 = wp::add(var_2, var_4);
        var_7 = wp::vec_t<3, wp::float32>(var_6);
        var_8 = wp::add(var_5, var_7);
        // wp::array_store(var_out, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_8, adj_out, adj_0, adj_8);
        wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
        wp::adj_vec_t(var_6, adj_6, adj_7);
        wp::adj_add(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: out[i] = a + b + wp.vec3(2.0)                                                     <L 21>
        wp::adj_vec_t(var_3, adj_3, adj_4);
        // adj: b = wp.vec3(UP)                                                                   <L 20>
        wp::adj_vec_t(var_1, adj_1, adj_2);
        // adj: a = wp.vec3(GRAVITY)                                                              <L 19>
        // adj: i = wp.tid()                                                                      <L 18>
        // adj: def copies(out: wp.array(dtype=wp.vec3)):                                         <L 17>
        continue;
    }
}

