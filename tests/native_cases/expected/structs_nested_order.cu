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


struct C_4a9ef0f8
{
    wp::float32 x;


    C_4a9ef0f8() = default;
    CUDA_CALLABLE C_4a9ef0f8(wp::float32 const& x)
        : x{x}

    {
    }

    CUDA_CALLABLE C_4a9ef0f8& operator += (const C_4a9ef0f8& rhs)
    {    x += rhs.x;

        return *this;}

};

static CUDA_CALLABLE void adj_C_4a9ef0f8(wp::float32 const&,
    wp::float32 & adj_x,
    C_4a9ef0f8 & adj_ret)
{
    adj_x += adj_ret.x;
}

// Required when compiling adjoints.
CUDA_CALLABLE C_4a9ef0f8 add(const C_4a9ef0f8& a, const C_4a9ef0f8& b)
{
    return C_4a9ef0f8();
}

CUDA_CALLABLE void adj_atomic_add(C_4a9ef0f8* p, C_4a9ef0f8 t)
{
    wp::adj_atomic_add(&p->x, t.x);
}




struct A_32567ca8
{
    C_4a9ef0f8 c;
    wp::int32 n;


    A_32567ca8() = default;
    CUDA_CALLABLE A_32567ca8(C_4a9ef0f8 const& c,
    wp::int32 const& n = {})
        : c{c}
        , n{n}

    {
    }

    CUDA_CALLABLE A_32567ca8& operator += (const A_32567ca8& rhs)
    {    c += rhs.c;
    n += rhs.n;

        return *this;}

};

static CUDA_CALLABLE void adj_A_32567ca8(C_4a9ef0f8 const&,
    wp::int32 const&,
    C_4a9ef0f8 & adj_c,
    wp::int32 & adj_n,
    A_32567ca8 & adj_ret)
{
    adj_c += adj_ret.c;
    adj_n += adj_ret.n;
}

// Required when compiling adjoints.
CUDA_CALLABLE A_32567ca8 add(const A_32567ca8& a, const A_32567ca8& b)
{
    return A_32567ca8();
}

CUDA_CALLABLE void adj_atomic_add(A_32567ca8* p, A_32567ca8 t)
{
    adj_atomic_add(&p->c, t.c);
    wp::adj_atomic_add(&p->n, t.n);
}




struct B_adff91d7
{
    wp::vec_t<3, wp::float32> y;


    B_adff91d7() = default;
    CUDA_CALLABLE B_adff91d7(wp::vec_t<3, wp::float32> const& y)
        : y{y}

    {
    }

    CUDA_CALLABLE B_adff91d7& operator += (const B_adff91d7& rhs)
    {    y += rhs.y;

        return *this;}

};

static CUDA_CALLABLE void adj_B_adff91d7(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> & adj_y,
    B_adff91d7 & adj_ret)
{
    adj_y += adj_ret.y;
}

// Required when compiling adjoints.
CUDA_CALLABLE B_adff91d7 add(const B_adff91d7& a, const B_adff91d7& b)
{
    return B_adff91d7();
}

CUDA_CALLABLE void adj_atomic_add(B_adff91d7* p, B_adff91d7 t)
{
    wp::adj_atomic_add(&p->y, t.y);
}




struct D_4f50fc8c
{
    A_32567ca8 a;
    B_adff91d7 b;
    C_4a9ef0f8 c;


    D_4f50fc8c() = default;
    CUDA_CALLABLE D_4f50fc8c(A_32567ca8 const& a,
    B_adff91d7 const& b = {},
    C_4a9ef0f8 const& c = {})
        : a{a}
        , b{b}
        , c{c}

    {
    }

    CUDA_CALLABLE D_4f50fc8c& operator += (const D_4f50fc8c& rhs)
    {    a += rhs.a;
    b += rhs.b;
    c += rhs.c;

        return *this;}

};

static CUDA_CALLABLE void adj_D_4f50fc8c(A_32567ca8 const&,
    B_adff91d7 const&,
    C_4a9ef0f8 const&,
    A_32567ca8 & adj_a,
    B_adff91d7 & adj_b,
    C_4a9ef0f8 & adj_c,
    D_4f50fc8c & adj_ret)
{
    adj_a += adj_ret.a;
    adj_b += adj_ret.b;
    adj_c += adj_ret.c;
}

// Required when compiling adjoints.
CUDA_CALLABLE D_4f50fc8c add(const D_4f50fc8c& a, const D_4f50fc8c& b)
{
    return D_4f50fc8c();
}

CUDA_CALLABLE void adj_atomic_add(D_4f50fc8c* p, D_4f50fc8c t)
{
    adj_atomic_add(&p->a, t.a);
    adj_atomic_add(&p->b, t.b);
    adj_atomic_add(&p->c, t.c);
}





extern "C" __global__ void k_14defd33_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_out,
    D_4f50fc8c var_d,
    wp::array_t<C_4a9ef0f8> var_cs)
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
        A_32567ca8* var_1;
        C_4a9ef0f8* var_2;
        wp::float32* var_3;
        B_adff91d7* var_4;
        wp::vec_t<3, wp::float32>* var_5;
        const wp::int32 var_6 = 1;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        C_4a9ef0f8* var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        C_4a9ef0f8* var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        //---------
        // forward
        // def k(out: wp.array(dtype=float), d: D, cs: wp.array(dtype=C)):                        <L 28>
        // i = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // out[i] = d.a.c.x + d.b.y[1] + cs[i].x + d.c.x                                          <L 30>
        var_1 = &((var_d).a);
        var_2 = &(((var_d).a).c);
        var_3 = &((((var_d).a).c).x);
        var_4 = &((var_d).b);
        var_5 = &(((var_d).b).y);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_10 = wp::load(var_3);
        var_9 = wp::add(var_10, var_7);
        var_11 = wp::address(var_cs, var_0);
        var_12 = &(((*wp::address(var_cs, var_0))).x);
        var_14 = wp::load(var_12);
        var_13 = wp::add(var_9, var_14);
        var_15 = &((var_d).c);
        var_16 = &(((var_d).c).x);
        var_18 = wp::load(var_16);
        var_17 = wp::add(var_13, var_18);
        wp::array_store(var_out, var_0, var_17);
    }
}



extern "C" __global__ void k_14defd33_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_out,
    D_4f50fc8c var_d,
    wp::array_t<C_4a9ef0f8> var_cs,
    wp::array_t<wp::float32> adj_out,
    D_4f50fc8c adj_d,
    wp::array_t<C_4a9ef0f8> adj_cs)
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
        A_32567ca8* var_1;
        C_4a9ef0f8* var_2;
        wp::float32* var_3;
        B_adff91d7* var_4;
        wp::vec_t<3, wp::float32>* var_5;
        const wp::int32 var_6 = 1;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        C_4a9ef0f8* var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        C_4a9ef0f8* var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        A_32567ca8 adj_1 = {};
        C_4a9ef0f8 adj_2 = {};
        wp::float32 adj_3 = {};
        B_adff91d7 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        C_4a9ef0f8 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        C_4a9ef0f8 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        //---------
        // forward
        // def k(out: wp.array(dtype=float), d: D, cs: wp.array(dtype=C)):                        <L 28>
        // i = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // out[i] = d.a.c.x + d.b.y[1] + cs[i].x + d.c.x                                          <L 30>
        var_1 = &((var_d).a);
        var_2 = &(((var_d).a).c);
        var_3 = &((((var_d).a).c).x);
        var_4 = &((var_d).b);
        var_5 = &(((var_d).b).y);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_10 = wp::load(var_3);
        var_9 = wp::add(var_10, var_7);
        var_11 = wp::address(var_cs, var_0);
        var_12 = &(((*wp::address(var_cs, var_0))).x);
        var_14 = wp::load(var_12);
        var_13 = wp::add(var_9, var_14);
        var_15 = &((var_d).c);
        var_16 = &(((var_d).c).x);
        var_18 = wp::load(var_16);
        var_17 = wp::add(var_13, var_18);
        // wp::array_store(var_out, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_17, adj_out, adj_0, adj_17);
        wp::adj_add(var_13, var_18, adj_13, adj_16, adj_17);
        adj_15.x += adj_16;
        adj_d.c += adj_15;
        wp::adj_add(var_9, var_14, adj_9, adj_12, adj_13);
        adj_11.x += adj_12;
        wp::adj_address(var_cs, var_0, adj_cs, adj_0, adj_11);
        wp::adj_add(var_10, var_7, adj_3, adj_7, adj_9);
        wp::adj_extract(var_8, var_6, adj_5, adj_6, adj_7);
        adj_4.y += adj_5;
        adj_d.b += adj_4;
        adj_2.x += adj_3;
        adj_1.c += adj_2;
        adj_d.a += adj_1;
        // adj: out[i] = d.a.c.x + d.b.y[1] + cs[i].x + d.c.x                                     <L 30>
        // adj: i = wp.tid()                                                                      <L 29>
        // adj: def k(out: wp.array(dtype=float), d: D, cs: wp.array(dtype=C)):                   <L 28>
        continue;
    }
}

