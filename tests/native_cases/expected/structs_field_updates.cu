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


struct P_c89214d7
{
    wp::float32 x;
    wp::vec_t<3, wp::float32> y;
    wp::int32 n;


    P_c89214d7() = default;
    CUDA_CALLABLE P_c89214d7(wp::float32 const& x,
    wp::vec_t<3, wp::float32> const& y = {},
    wp::int32 const& n = {})
        : x{x}
        , y{y}
        , n{n}

    {
    }

    CUDA_CALLABLE P_c89214d7& operator += (const P_c89214d7& rhs)
    {    x += rhs.x;
    y += rhs.y;
    n += rhs.n;

        return *this;}

};

static CUDA_CALLABLE void adj_P_c89214d7(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::int32 const&,
    wp::float32 & adj_x,
    wp::vec_t<3, wp::float32> & adj_y,
    wp::int32 & adj_n,
    P_c89214d7 & adj_ret)
{
    adj_x += adj_ret.x;
    adj_y += adj_ret.y;
    adj_n += adj_ret.n;
}

// Required when compiling adjoints.
CUDA_CALLABLE P_c89214d7 add(const P_c89214d7& a, const P_c89214d7& b)
{
    return P_c89214d7();
}

CUDA_CALLABLE void adj_atomic_add(P_c89214d7* p, P_c89214d7 t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->y, t.y);
    wp::adj_atomic_add(&p->n, t.n);
}





extern "C" __global__ void k_a5dd855e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_out,
    P_c89214d7 var_s)
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
        P_c89214d7 var_1;
        wp::float32* var_2;
        const wp::float32 var_3 = 2.0;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        const wp::float32 var_11 = 2.0;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32* var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        //---------
        // forward
        // def k(out: wp.array(dtype=float), s: P):                                               <L 12>
        // i = wp.tid()                                                                           <L 13>
        var_0 = builtin_tid1d();
        // t = P()                                                                                <L 14>
        var_1 = P_c89214d7();
        // t.x += 2.0                                                                             <L 15>
        var_2 = &((var_1).x);
        var_5 = wp::load(var_2);
        var_4 = wp::add(var_5, var_3);
        var_1.x = var_4;
        // t.n += 1                                                                               <L 16>
        var_6 = &((var_1).n);
        var_9 = wp::load(var_6);
        var_8 = wp::add(var_9, var_7);
        var_1.n = var_8;
        // t.y *= 2.0                                                                             <L 17>
        var_10 = &((var_1).y);
        var_13 = wp::load(var_10);
        var_12 = wp::mul(var_13, var_11);
        var_1.y = var_12;
        // s.x -= t.x                                                                             <L 18>
        var_14 = &((var_s).x);
        var_15 = &((var_1).x);
        var_17 = wp::load(var_14);
        var_18 = wp::load(var_15);
        var_16 = wp::sub(var_17, var_18);
        var_s.x = var_16;
        // out[i] = t.x + s.x                                                                     <L 19>
        var_19 = &((var_1).x);
        var_20 = &((var_s).x);
        var_22 = wp::load(var_19);
        var_23 = wp::load(var_20);
        var_21 = wp::add(var_22, var_23);
        wp::array_store(var_out, var_0, var_21);
    }
}



extern "C" __global__ void k_a5dd855e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_out,
    P_c89214d7 var_s,
    wp::array_t<wp::float32> adj_out,
    P_c89214d7 adj_s)
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
        P_c89214d7 var_1;
        wp::float32* var_2;
        const wp::float32 var_3 = 2.0;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        const wp::float32 var_11 = 2.0;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32* var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        P_c89214d7 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        //---------
        // forward
        // def k(out: wp.array(dtype=float), s: P):                                               <L 12>
        // i = wp.tid()                                                                           <L 13>
        var_0 = builtin_tid1d();
        // t = P()                                                                                <L 14>
        var_1 = P_c89214d7();
        // t.x += 2.0                                                                             <L 15>
        var_2 = &((var_1).x);
        var_5 = wp::load(var_2);
        var_4 = wp::add(var_5, var_3);
        var_1.x = var_4;
        // t.n += 1                                                                               <L 16>
        var_6 = &((var_1).n);
        var_9 = wp::load(var_6);
        var_8 = wp::add(var_9, var_7);
        var_1.n = var_8;
        // t.y *= 2.0                                                                             <L 17>
        var_10 = &((var_1).y);
        var_13 = wp::load(var_10);
        var_12 = wp::mul(var_13, var_11);
        var_1.y = var_12;
        // s.x -= t.x                                                                             <L 18>
        var_14 = &((var_s).x);
        var_15 = &((var_1).x);
        var_17 = wp::load(var_14);
        var_18 = wp::load(var_15);
        var_16 = wp::sub(var_17, var_18);
        var_s.x = var_16;
        // out[i] = t.x + s.x                                                                     <L 19>
        var_19 = &((var_1).x);
        var_20 = &((var_s).x);
        var_22 = wp::load(var_19);
        var_23 = wp::load(var_20);
        var_21 = wp::add(var_22, var_23);
        // wp::array_store(var_out, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
        wp::adj_add(var_22, var_23, adj_19, adj_20, adj_21);
        adj_s.x += adj_20;
        adj_1.x += adj_19;
        // adj: out[i] = t.x + s.x                                                                <L 19>
        adj_16 += adj_s.x;
        adj_s.x = {};
        wp::adj_sub(var_17, var_18, adj_14, adj_15, adj_16);
        adj_1.x += adj_15;
        adj_s.x += adj_14;
        // adj: s.x -= t.x                                                                        <L 18>
        adj_12 += adj_1.y;
        adj_1.y = {};
        wp::adj_mul(var_13, var_11, adj_10, adj_11, adj_12);
        adj_1.y += adj_10;
        // adj: t.y *= 2.0                                                                        <L 17>
        adj_1.n = {};
        wp::adj_add(var_9, var_7, adj_6, adj_7, adj_8);
        adj_1.n = adj_6;
        // adj: t.n += 1                                                                          <L 16>
        adj_4 += adj_1.x;
        adj_1.x = {};
        wp::adj_add(var_5, var_3, adj_2, adj_3, adj_4);
        adj_1.x += adj_2;
        // adj: t.x += 2.0                                                                        <L 15>
        // adj: t = P()                                                                           <L 14>
        // adj: i = wp.tid()                                                                      <L 13>
        // adj: def k(out: wp.array(dtype=float), s: P):                                          <L 12>
        continue;
    }
}

