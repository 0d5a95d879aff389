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


// warpsynth/host_example_script.py:40
static CUDA_CALLABLE wp::vec_t<3, wp::float32> damp_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_k)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // forward
    // def damp(v: wp.vec3, k: float):                                                        <L 41>
    // return v * (1.0 - k)                                                                   <L 42>
    var_1 = wp::sub(var_0, var_k);
    var_2 = wp::mul(var_v, var_1);
    return var_2;
}


// warpsynth/host_example_script.py:40
static CUDA_CALLABLE void adj_damp_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_k,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_k,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    //---------
    // forward
    // def damp(v: wp.vec3, k: float):                                                        <L 41>
    // return v * (1.0 - k)                                                                   <L 42>
    var_1 = wp::sub(var_0, var_k);
    var_2 = wp::mul(var_v, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_mul(var_v, var_1, adj_v, adj_1, adj_2);
    wp::adj_sub(var_0, var_k, adj_0, adj_k, adj_1);
    // adj: return v * (1.0 - k)                                                              <L 42>
    // adj: def damp(v: wp.vec3, k: float):                                                   <L 41>
    return;
}



extern "C" __global__ void integrate_50c68571_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
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
        const wp::float32 var_2 = 0.5;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::vec_t<3, wp::float32> var_5 = wp::initializer_array<3,wp::float32>{0.0, -9.800000190734863, 0.0};
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        const wp::float32 var_9 = 0.5;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 1;
        const wp::float32 var_12 = 0.5;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 2;
        const wp::float32 var_15 = 0.5;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // forward
        // def integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float):       <L 46>
        // tid = wp.tid()                                                                         <L 47>
        var_0 = builtin_tid1d();
        // vel = damp(v[tid], DAMPING) + GRAVITY * dt                                             <L 48>
        var_1 = wp::address(var_v, var_0);
        var_4 = wp::load(var_1);
        var_3 = damp_0(var_4, var_2);
        var_6 = wp::mul(var_5, var_dt);
        var_7 = wp::add(var_3, var_6);
        // for j in range(3):                                                                     <L 49>
        // vel = vel * 0.5                                                                        <L 50>
        var_10 = wp::mul(var_7, var_9);
        var_13 = wp::mul(var_10, var_12);
        var_16 = wp::mul(var_13, var_15);
        // v[tid] = vel                                                                           <L 51>
        wp::array_store(var_v, var_0, var_16);
        // x[tid] = x[tid] + vel * dt                                                             <L 52>
        var_17 = wp::address(var_x, var_0);
        var_18 = wp::mul(var_16, var_dt);
        var_20 = wp::load(var_17);
        var_19 = wp::add(var_20, var_18);
        wp::array_store(var_x, var_0, var_19);
    }
}



extern "C" __global__ void integrate_50c68571_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
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
        const wp::float32 var_2 = 0.5;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::vec_t<3, wp::float32> var_5 = wp::initializer_array<3,wp::float32>{0.0, -9.800000190734863, 0.0};
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        const wp::float32 var_9 = 0.5;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 1;
        const wp::float32 var_12 = 0.5;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 2;
        const wp::float32 var_15 = 0.5;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        //---------
        // forward
        // def integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float):       <L 46>
        // tid = wp.tid()                                                                         <L 47>
        var_0 = builtin_tid1d();
        // vel = damp(v[tid], DAMPING) + GRAVITY * dt                                             <L 48>
        var_1 = wp::address(var_v, var_0);
        var_4 = wp::load(var_1);
        var_3 = damp_0(var_4, var_2);
        var_6 = wp::mul(var_5, var_dt);
        var_7 = wp::add(var_3, var_6);
        // for j in range(3):                                                                     <L 49>
        // vel = vel * 0.5                                                                        <L 50>
        var_10 = wp::mul(var_7, var_9);
        var_13 = wp::mul(var_10, var_12);
        var_16 = wp::mul(var_13, var_15);
        // v[tid] = vel                                                                           <L 51>
        // wp::array_store(var_v, var_0, var_16);
        // x[tid] = x[tid] + vel * dt                                                             <L 52>
        var_17 = wp::address(var_x, var_0);
        var_18 = wp::mul(var_16, var_dt);
        var_20 = wp::load(var_17);
        var_19 = wp::add(var_20, var_18);
        // wp::array_store(var_x, var_0, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_x, var_0, var_19, adj_x, adj_0, adj_19);
        wp::adj_add(var_20, var_18, adj_17, adj_18, adj_19);
        wp::adj_mul(var_16, var_dt, adj_16, adj_dt, adj_18);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_17);
        // adj: x[tid] = x[tid] + vel * dt                                                        <L 52>
        wp::adj_array_store(var_v, var_0, var_16, adj_v, adj_0, adj_16);
        // adj: v[tid] = vel                                                                      <L 51>
        wp::adj_mul(var_13, var_15, adj_13, adj_15, adj_16);
        wp::adj_mul(var_10, var_12, adj_10, adj_12, adj_13);
        wp::adj_mul(var_7, var_9, adj_7, adj_9, adj_10);
        // adj: vel = vel * 0.5                                                                   <L 50>
        // adj: for j in range(3):                                                                <L 49>
        wp::adj_add(var_3, var_6, adj_3, adj_6, adj_7);
        wp::adj_mul(var_5, var_dt, adj_5, adj_dt, adj_6);
        adj_damp_0(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
        // adj: vel = damp(v[tid], DAMPING) + GRAVITY * dt                                        <L 48>
        // adj: tid = wp.tid()                                                                    <L 47>
        // adj: def integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float):  <L 46>
        continue;
    }
}

