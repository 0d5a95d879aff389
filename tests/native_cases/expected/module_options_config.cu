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


struct Body_e1432a5d
{
    wp::vec_t<3, wp::float32> x;
    wp::float32 m;


    Body_e1432a5d() = default;
    CUDA_CALLABLE Body_e1432a5d(wp::vec_t<3, wp::float32> const& x,
    wp::float32 const& m = {})
        : x{x}
        , m{m}

    {
    }

    CUDA_CALLABLE Body_e1432a5d& operator += (const Body_e1432a5d& rhs)
    {    x += rhs.x;
    m += rhs.m;

        return *this;}

};

static CUDA_CALLABLE void adj_Body_e1432a5d(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::float32 & adj_m,
    Body_e1432a5d & adj_ret)
{
    adj_x += adj_ret.x;
    adj_m += adj_ret.m;
}

// Required when compiling adjoints.
CUDA_CALLABLE Body_e1432a5d add(const Body_e1432a5d& a, const Body_e1432a5d& b)
{
    return Body_e1432a5d();
}

CUDA_CALLABLE void adj_atomic_add(Body_e1432a5d* p, Body_e1432a5d t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->m, t.m);
}





extern "C" __global__ void push_1b0fb60f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Body_e1432a5d> var_bodies,
    wp::vec_t<3, wp::float32> var_f,
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
        Body_e1432a5d* var_1;
        Body_e1432a5d var_2;
        Body_e1432a5d var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // forward
        // def push(bodies: wp.array(dtype=Body), f: wp.vec3, dt: float):                         <L 18>
        // i = wp.tid()                                                                           <L 19>
        var_0 = builtin_tid1d();
        // b = bodies[i]                                                                          <L 20>
        var_1 = wp::address(var_bodies, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // b.x = b.x + f * (dt / b.m)                                                             <L 21>
        var_4 = &((var_2).x);
        var_5 = &((var_2).m);
        var_7 = wp::load(var_5);
        var_6 = wp::div(var_dt, var_7);
        var_8 = wp::mul(var_f, var_6);
        var_10 = wp::load(var_4);
        var_9 = wp::add(var_10, var_8);
        var_2.x = var_9;
        // bodies[i] = b                                                                          <L 22>
        wp::array_store(var_bodies, var_0, var_2);
    }
}

