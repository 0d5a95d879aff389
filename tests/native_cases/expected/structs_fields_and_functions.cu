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


struct Mixed_6ac7b776
{
    wp::float16 a;
    wp::uint8 b;
    bool c;
    wp::mat_t<2, 2, wp::float32> d;
    wp::quat_t<wp::float32> e;
    wp::transform_t<wp::float32> f;
    wp::vec_t<3, wp::int32> g;
    wp::int64 h;
    wp::float64 k;


    Mixed_6ac7b776() = default;
    CUDA_CALLABLE Mixed_6ac7b776(wp::float16 const& a,
    wp::uint8 const& b = {},
    bool const& c = {},
    wp::mat_t<2, 2, wp::float32> const& d = {},
    wp::quat_t<wp::float32> const& e = {},
    wp::transform_t<wp::float32> const& f = {},
    wp::vec_t<3, wp::int32> const& g = {},
    wp::int64 const& h = {},
    wp::float64 const& k = {})
        : a{a}
        , b{b}
        , c{c}
        , d{d}
        , e{e}
        , f{f}
        , g{g}
        , h{h}
        , k{k}

    {
    }

    CUDA_CALLABLE Mixed_6ac7b776& operator += (const Mixed_6ac7b776& rhs)
    {    a += rhs.a;
    d += rhs.d;
    e += rhs.e;
    f += rhs.f;
    g += rhs.g;
    h += rhs.h;
    k += rhs.k;

        return *this;}

};

static CUDA_CALLABLE void adj_Mixed_6ac7b776(wp::float16 const&,
    wp::uint8 const&,
    bool const&,
    wp::mat_t<2, 2, wp::float32> const&,
    wp::quat_t<wp::float32> const&,
    wp::transform_t<wp::float32> const&,
    wp::vec_t<3, wp::int32> const&,
    wp::int64 const&,
    wp::float64 const&,
    wp::float16 & adj_a,
    wp::uint8 & adj_b,
    bool & adj_c,
    wp::mat_t<2, 2, wp::float32> & adj_d,
    wp::quat_t<wp::float32> & adj_e,
    wp::transform_t<wp::float32> & adj_f,
    wp::vec_t<3, wp::int32> & adj_g,
    wp::int64 & adj_h,
    wp::float64 & adj_k,
    Mixed_6ac7b776 & adj_ret)
{
    adj_a += adj_ret.a;
    adj_b += adj_ret.b;
    adj_c += adj_ret.c;
    adj_d += adj_ret.d;
    adj_e += adj_ret.e;
    adj_f += adj_ret.f;
    adj_g += adj_ret.g;
    adj_h += adj_ret.h;
    adj_k += adj_ret.k;
}

// Required when compiling adjoints.
CUDA_CALLABLE Mixed_6ac7b776 add(const Mixed_6ac7b776& a, const Mixed_6ac7b776& b)
{
    return Mixed_6ac7b776();
}

CUDA_CALLABLE void adj_atomic_add(Mixed_6ac7b776* p, Mixed_6ac7b776 t)
{
    wp::adj_atomic_add(&p->a, t.a);
    wp::adj_atomic_add(&p->b, t.b);
    wp::adj_atomic_add(&p->c, t.c);
    wp::adj_atomic_add(&p->d, t.d);
    wp::adj_atomic_add(&p->e, t.e);
    wp::adj_atomic_add(&p->f, t.f);
    wp::adj_atomic_add(&p->g, t.g);
    wp::adj_atomic_add(&p->h, t.h);
    wp::adj_atomic_add(&p->k, t.k);
}




struct P_209d01ad
{
    wp::float32 x;
    wp::vec_t<3, wp::float32> y;


    P_209d01ad() = default;
    CUDA_CALLABLE P_209d01ad(wp::float32 const& x,
    wp::vec_t<3, wp::float32> const& y = {})
        : x{x}
        , y{y}

    {
    }

    CUDA_CALLABLE P_209d01ad& operator += (const P_209d01ad& rhs)
    {    x += rhs.x;
    y += rhs.y;

        return *this;}

};

static CUDA_CALLABLE void adj_P_209d01ad(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 & adj_x,
    wp::vec_t<3, wp::float32> & adj_y,
    P_209d01ad & adj_ret)
{
    adj_x += adj_ret.x;
    adj_y += adj_ret.y;
}

// Required when compiling adjoints.
CUDA_CALLABLE P_209d01ad add(const P_209d01ad& a, const P_209d01ad& b)
{
    return P_209d01ad();
}

CUDA_CALLABLE void adj_atomic_add(P_209d01ad* p, P_209d01ad t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->y, t.y);
}




struct Empty_c6c094bc
{
    char _dummy_;


    
    CUDA_CALLABLE Empty_c6c094bc()
    
    {
    }

    CUDA_CALLABLE Empty_c6c094bc& operator += (const Empty_c6c094bc& rhs)
    {
        return *this;}

};

static CUDA_CALLABLE void adj_Empty_c6c094bc(Empty_c6c094bc & adj_ret)
{
}

// Required when compiling adjoints.
CUDA_CALLABLE Empty_c6c094bc add(const Empty_c6c094bc& a, const Empty_c6c094bc& b)
{
    return Empty_c6c094bc();
}

CUDA_CALLABLE void adj_atomic_add(Empty_c6c094bc* p, Empty_c6c094bc t)
{
}




// warpsynth/structs_fields_and_functions.py:30
static CUDA_CALLABLE wp::float32 first_0(
    Mixed_6ac7b776 var_m)
{
    //---------
    // primal vars
    wp::float16* var_0;
    wp::float32 var_1;
    wp::float16 var_2;
    wp::mat_t<2, 2, wp::float32>* var_3;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    wp::mat_t<2, 2, wp::float32> var_7;
    wp::float32 var_8;
    wp::quat_t<wp::float32>* var_9;
    const wp::int32 var_10 = 0;
    wp::float32 var_11;
    wp::quat_t<wp::float32> var_12;
    wp::float32 var_13;
    wp::transform_t<wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::transform_t<wp::float32> var_16;
    const wp::int32 var_17 = 2;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::int32>* var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::vec_t<3, wp::int32> var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::int64* var_26;
    wp::float32 var_27;
    wp::int64 var_28;
    wp::float32 var_29;
    wp::float64* var_30;
    wp::float32 var_31;
    wp::float64 var_32;
    wp::float32 var_33;
    //---------
    // forward
    // def first(m: Mixed) -> float:                                                          <L 31>
    // return float(m.a) + m.d[0, 1] + m.e.x + m.f.p[2] + float(m.g.y) + float(m.h) + float(m.k)       <L 32>
    var_0 = &((var_m).a);
    var_2 = wp::load(var_0);
    var_1 = wp::float(var_2);
    var_3 = &((var_m).d);
    var_7 = wp::load(var_3);
    var_6 = wp::extract(var_7, var_4, var_5);
    var_8 = wp::add(var_1, var_6);
    var_9 = &((var_m).e);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = wp::add(var_8, var_11);
    var_14 = &((var_m).f);
    var_16 = wp::load(var_14);
    var_15 = wp::transform_get_translation(var_16);
    var_18 = wp::extract(var_15, var_17);
    var_19 = wp::add(var_13, var_18);
    var_20 = &((var_m).g);
    var_23 = wp::load(var_20);
    var_22 = wp::extract(var_23, var_21);
    var_24 = wp::float(var_22);
    var_25 = wp::add(var_19, var_24);
    var_26 = &((var_m).h);
    var_28 = wp::load(var_26);
    var_27 = wp::float(var_28);
    var_29 = wp::add(var_25, var_27);
    var_30 = &((var_m).k);
    var_32 = wp::load(var_30);
    var_31 = wp::float(var_32);
    var_33 = wp::add(var_29, var_31);
    return var_33;
}


// warpsynth/structs_fields_and_functions.py:35
static CUDA_CALLABLE P_209d01ad make_p_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    P_209d01ad var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def make_p(x: float) -> P:                                                             <L 36>
    // p = P()                                                                                <L 37>
    var_0 = P_209d01ad();
    // p.x = x                                                                                <L 38>
    var_0.x = var_x;
    // p.y = wp.vec3(x)                                                                       <L 39>
    var_1 = wp::vec_t<3, wp::float32>(var_x);
    var_0.y = var_1;
    // return p                                                                               <L 40>
    return var_0;
}


// warpsynth/structs_fields_and_functions.py:43
static CUDA_CALLABLE wp::float32 use_empty_0(
    Empty_c6c094bc var_e,
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // forward
    // def use_empty(e: Empty, x: float) -> float:                                            <L 44>
    // return x * 2.0                                                                         <L 45>
    var_1 = wp::mul(var_x, var_0);
    return var_1;
}


// warpsynth/structs_fields_and_functions.py:30
static CUDA_CALLABLE void adj_first_0(
    Mixed_6ac7b776 var_m,
    Mixed_6ac7b776 & adj_m,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float16* var_0;
    wp::float32 var_1;
    wp::float16 var_2;
    wp::mat_t<2, 2, wp::float32>* var_3;
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    wp::mat_t<2, 2, wp::float32> var_7;
    wp::float32 var_8;
    wp::quat_t<wp::float32>* var_9;
    const wp::int32 var_10 = 0;
    wp::float32 var_11;
    wp::quat_t<wp::float32> var_12;
    wp::float32 var_13;
    wp::transform_t<wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::transform_t<wp::float32> var_16;
    const wp::int32 var_17 = 2;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::int32>* var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::vec_t<3, wp::int32> var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::int64* var_26;
    wp::float32 var_27;
    wp::int64 var_28;
    wp::float32 var_29;
    wp::float64* var_30;
    wp::float32 var_31;
    wp::float64 var_32;
    wp::float32 var_33;
    //---------
    // dual vars
    wp::float16 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float16 adj_2 = {};
    wp::mat_t<2, 2, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::mat_t<2, 2, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::quat_t<wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::quat_t<wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::transform_t<wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::transform_t<wp::float32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::int32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::vec_t<3, wp::int32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int64 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int64 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float64 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float64 adj_32 = {};
    wp::float32 adj_33 = {};
    //---------
    // forward
    // def first(m: Mixed) -> float:                                                          <L 31>
    // return float(m.a) + m.d[0, 1] + m.e.x + m.f.p[2] + float(m.g.y) + float(m.h) + float(m.k)       <L 32>
    var_0 = &((var_m).a);
    var_2 = wp::load(var_0);
    var_1 = wp::float(var_2);
    var_3 = &((var_m).d);
    var_7 = wp::load(var_3);
    var_6 = wp::extract(var_7, var_4, var_5);
    var_8 = wp::add(var_1, var_6);
    var_9 = &((var_m).e);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = wp::add(var_8, var_11);
    var_14 = &((var_m).f);
    var_16 = wp::load(var_14);
    var_15 = wp::transform_get_translation(var_16);
    var_18 = wp::extract(var_15, var_17);
    var_19 = wp::add(var_13, var_18);
    var_20 = &((var_m).g);
    var_23 = wp::load(var_20);
    var_22 = wp::extract(var_23, var_21);
    var_24 = wp::float(var_22);
    var_25 = wp::add(var_19, var_24);
    var_26 = &((var_m).h);
    var_28 = wp::load(var_26);
    var_27 = wp::float(var_28);
    var_29 = wp::add(var_25, var_27);
    var_30 = &((var_m).k);
    var_32 = wp::load(var_30);
    var_31 = wp::float(var_32);
    var_33 = wp::add(var_29, var_31);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_33 += adj_ret;
    wp::adj_add(var_29, var_31, adj_29, adj_31, adj_33);
    wp::adj_float(var_32, adj_30, adj_31);
    adj_m.k += adj_30;
    wp::adj_add(var_25, var_27, adj_25, adj_27, adj_29);
    wp::adj_float(var_28, adj_26, adj_27);
    adj_m.h = adj_26;
    wp::adj_add(var_19, var_24, adj_19, adj_24, adj_25);
    wp::adj_float(var_22, adj_22, adj_24);
    wp::adj_extract(var_23, var_21, adj_20, adj_21, adj_22);
    adj_m.g = adj_20;
    wp::adj_add(var_13, var_18, adj_13, adj_18, adj_19);
    wp::adj_extract(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_transform_get_translation(var_16, adj_14, adj_15);
    adj_m.f += adj_14;
    wp::adj_add(var_8, var_11, adj_8, adj_11, adj_13);
    wp::adj_extract(var_12, var_10, adj_9, adj_10, adj_11);
    adj_m.e += adj_9;
    wp::adj_add(var_1, var_6, adj_1, adj_6, adj_8);
    wp::adj_extract(var_7, var_4, var_5, adj_3, adj_4, adj_5, adj_6);
    adj_m.d += adj_3;
    wp::adj_float(var_2, adj_0, adj_1);
    adj_m.a += adj_0;
    // adj: return float(m.a) + m.d[0, 1] + m.e.x + m.f.p[2] + float(m.g.y) + float(m.h) + float(m.k)  <L 32>
    // adj: def first(m: Mixed) -> float:                                                     <L 31>
    return;
}


// warpsynth/structs_fields_and_functions.py:35
static CUDA_CALLABLE void adj_make_p_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    P_209d01ad & adj_ret)
{
    //---------
    // primal vars
    P_209d01ad var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    P_209d01ad adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def make_p(x: float) -> P:                                                             <L 36>
    // p = P()                                                                                <L 37>
    var_0 = P_209d01ad();
    // p.x = x                                                                                <L 38>
    var_0.x = var_x;
    // p.y = wp.vec3(x)                                                                       <L 39>
    var_1 = wp::vec_t<3, wp::float32>(var_x);
    var_0.y = var_1;
    // return p                                                                               <L 40>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return p                                                                          <L 40>
    adj_1 += adj_0.y;
    adj_0.y = {};
    wp::adj_vec_t(var_x, adj_x, adj_1);
    // adj: p.y = wp.vec3(x)                                                                  <L 39>
    adj_x += adj_0.x;
    adj_0.x = {};
    // adj: p.x = x                                                                           <L 38>
    // adj: p = P()                                                                           <L 37>
    // adj: def make_p(x: float) -> P:                                                        <L 36>
    return;
}


// warpsynth/structs_fields_and_functions.py:43
static CUDA_CALLABLE void adj_use_empty_0(
    Empty_c6c094bc var_e,
    wp::float32 var_x,
    Empty_c6c094bc & adj_e,
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
    // def use_empty(e: Empty, x: float) -> float:                                            <L 44>
    // return x * 2.0                                                                         <L 45>
    var_1 = wp::mul(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x * 2.0                                                                    <L 45>
    // adj: def use_empty(e: Empty, x: float) -> float:                                       <L 44>
    return;
}



extern "C" __global__ void k1_5ed8877e_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_out,
    wp::array_t<Mixed_6ac7b776> var_ms,
    wp::array_t<P_209d01ad> var_ps,
    Empty_c6c094bc var_e)
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
        Mixed_6ac7b776* var_2;
        wp::float32 var_3;
        Mixed_6ac7b776 var_4;
        Mixed_6ac7b776* var_5;
        wp::transform_t<wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::transform_t<wp::float32> var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        wp::float32 var_11;
        Mixed_6ac7b776* var_12;
        wp::quat_t<wp::float32>* var_13;
        const wp::int32 var_14 = 1;
        wp::float32 var_15;
        wp::quat_t<wp::float32> var_16;
        wp::float32 var_17;
        Mixed_6ac7b776* var_18;
        bool* var_19;
        bool var_20;
        wp::float32* var_21;
        Mixed_6ac7b776* var_22;
        wp::uint8* var_23;
        wp::float32 var_24;
        wp::uint8 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        bool var_28;
        wp::float32* var_29;
        P_209d01ad var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = 2.0;
        P_209d01ad var_33;
        wp::float32* var_34;
        wp::vec_t<3, wp::float32>* var_35;
        const wp::int32 var_36 = 2;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::float32 var_41 = 1.0;
        wp::float32 var_42;
        wp::float32 var_43;
        P_209d01ad* var_44;
        P_209d01ad var_45;
        P_209d01ad var_46;
        const wp::float32 var_47 = 3.0;
        const wp::float32 var_48 = 1.0;
        const wp::float32 var_49 = 1.0;
        const wp::float32 var_50 = 2.0;
        const wp::float32 var_51 = 3.0;
        wp::vec_t<3, wp::float32> var_52;
        P_209d01ad var_53;
        const wp::int32 var_54 = 0;
        wp::float32 var_55;
        P_209d01ad var_56;
        const wp::int32 var_57 = 1;
        wp::float32 var_58;
        P_209d01ad var_59;
        const wp::int32 var_60 = 2;
        wp::float32 var_61;
        P_209d01ad var_62;
        wp::float32* var_63;
        wp::vec_t<3, wp::float32>* var_64;
        const wp::int32 var_65 = 1;
        wp::float32 var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        P_209d01ad var_70;
        wp::float32* var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        //---------
        // forward
        // def k1(out: wp.array(dtype=float), ms: wp.array2d(dtype=Mixed), ps: wp.array(dtype=P), e: Empty):       <L 49>
        // i, j = wp.tid()                                                                        <L 50>
        builtin_tid2d(var_0, var_1);
        // out[i] = first(ms[i, j]) + ms[i, j].f.p[0] + ms[i, j].e.y                              <L 51>
        var_2 = wp::address(var_ms, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = first_0(var_4);
        var_5 = wp::address(var_ms, var_0, var_1);
        var_6 = &(((*wp::address(var_ms, var_0, var_1))).f);
        var_8 = wp::load(var_6);
        var_7 = wp::transform_get_translation(var_8);
        var_10 = wp::extract(var_7, var_9);
        var_11 = wp::add(var_3, var_10);
        var_12 = wp::address(var_ms, var_0, var_1);
        var_13 = &(((*wp::address(var_ms, var_0, var_1))).e);
        var_16 = wp::load(var_13);
        var_15 = wp::extract(var_16, var_14);
        var_17 = wp::add(var_11, var_15);
        wp::array_store(var_out, var_0, var_17);
        // if ms[i, j].c:                                                                         <L 52>
        var_18 = wp::address(var_ms, var_0, var_1);
        var_19 = &(((*wp::address(var_ms, var_0, var_1))).c);
        var_20 = wp::load(var_19);
        if (var_20) {
            // out[i] = out[i] + float(ms[i, j].b)                                                <L 53>
            var_21 = wp::address(var_out, var_0);
            var_22 = wp::address(var_ms, var_0, var_1);
            var_23 = &(((*wp::address(var_ms, var_0, var_1))).b);
            var_25 = wp::load(var_23);
            var_24 = wp::float(var_25);
            var_27 = wp::load(var_21);
            var_26 = wp::add(var_27, var_24);
            wp::array_store(var_out, var_0, var_26);
        }
        var_28 = wp::load(var_19);
        // q = make_p(out[i])                                                                     <L 54>
        var_29 = wp::address(var_out, var_0);
        var_31 = wp::load(var_29);
        var_30 = make_p_0(var_31);
        // out[i] = make_p(2.0).x + q.y.z + use_empty(e, 1.0)                                     <L 55>
        var_33 = make_p_0(var_32);
        var_34 = &(var_33.x);
        var_35 = &((var_30).y);
        var_38 = wp::load(var_35);
        var_37 = wp::extract(var_38, var_36);
        var_40 = wp::load(var_34);
        var_39 = wp::add(var_40, var_37);
        var_42 = use_empty_0(var_e, var_41);
        var_43 = wp::add(var_39, var_42);
        wp::array_store(var_out, var_0, var_43);
        // w = ps[i]                                                                              <L 56>
        var_44 = wp::address(var_ps, var_0);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // w.x = 3.0                                                                              <L 57>
        var_45.x = var_47;
        // ps[i] = w                                                                              <L 58>
        wp::array_store(var_ps, var_0, var_45);
        // r = P(1.0, wp.vec3(1.0, 2.0, 3.0))                                                     <L 59>
        var_52 = wp::vec_t<3, wp::float32>(var_49, var_50, var_51);
        var_53 = P_209d01ad(var_48, var_52);
        // for n in range(3):                                                                     <L 60>
        // r = make_p(float(n))                                                                   <L 61>
        var_55 = wp::float(var_54);
        var_56 = make_p_0(var_55);
        var_58 = wp::float(var_57);
        var_59 = make_p_0(var_58);
        var_61 = wp::float(var_60);
        var_62 = make_p_0(var_61);
        // out[i] = r.x + w.y[1]                                                                  <L 62>
        var_63 = &((var_62).x);
        var_64 = &((var_45).y);
        var_67 = wp::load(var_64);
        var_66 = wp::extract(var_67, var_65);
        var_69 = wp::load(var_63);
        var_68 = wp::add(var_69, var_66);
        wp::array_store(var_out, var_0, var_68);
        // z = q                                                                                  <L 63>
        var_70 = wp::copy(var_30);
        // out[i] = z.x                                                                           <L 64>
        var_71 = &((var_70).x);
        var_73 = wp::load(var_71);
        var_72 = wp::copy(var_73);
        wp::array_store(var_out, var_0, var_72);
    }
}



extern "C" __global__ void k1_5ed8877e_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_out,
    wp::array_t<Mixed_6ac7b776> var_ms,
    wp::array_t<P_209d01ad> var_ps,
    Empty_c6c094bc var_e,
    wp::array_t<wp::float32> adj_out,
    wp::array_t<Mixed_6ac7b776> adj_ms,
    wp::array_t<P_209d01ad> adj_ps,
    Empty_c6c094bc adj_e)
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
        Mixed_6ac7b776* var_2;
        wp::float32 var_3;
        Mixed_6ac7b776 var_4;
        Mixed_6ac7b776* var_5;
        wp::transform_t<wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::transform_t<wp::float32> var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        wp::float32 var_11;
        Mixed_6ac7b776* var_12;
        wp::quat_t<wp::float32>* var_13;
        const wp::int32 var_14 = 1;
        wp::float32 var_15;
        wp::quat_t<wp::float32> var_16;
        wp::float32 var_17;
        Mixed_6ac7b776* var_18;
        bool* var_19;
        bool var_20;
        wp::float32* var_21;
        Mixed_6ac7b776* var_22;
        wp::uint8* var_23;
        wp::float32 var_24;
        wp::uint8 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        bool var_28;
        wp::float32* var_29;
        P_209d01ad var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = 2.0;
        P_209d01ad var_33;
        wp::float32* var_34;
        wp::vec_t<3, wp::float32>* var_35;
        const wp::int32 var_36 = 2;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::float32 var_41 = 1.0;
        wp::float32 var_42;
        wp::float32 var_43;
        P_209d01ad* var_44;
        P_209d01ad var_45;
        P_209d01ad var_46;
        const wp::float32 var_47 = 3.0;
        const wp::float32 var_48 = 1.0;
        const wp::float32 var_49 = 1.0;
        const wp::float32 var_50 = 2.0;
        const wp::float32 var_51 = 3.0;
        wp::vec_t<3, wp::float32> var_52;
        P_209d01ad var_53;
        const wp::int32 var_54 = 0;
        wp::float32 var_55;
        P_209d01ad var_56;
        const wp::int32 var_57 = 1;
        wp::float32 var_58;
        P_209d01ad var_59;
        const wp::int32 var_60 = 2;
        wp::float32 var_61;
        P_209d01ad var_62;
        wp::float32* var_63;
        wp::vec_t<3, wp::float32>* var_64;
        const wp::int32 var_65 = 1;
        wp::float32 var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        P_209d01ad var_70;
        wp::float32* var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        Mixed_6ac7b776 adj_2 = {};
        wp::float32 adj_3 = {};
        Mixed_6ac7b776 adj_4 = {};
        Mixed_6ac7b776 adj_5 = {};
        wp::transform_t<wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::transform_t<wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        Mixed_6ac7b776 adj_12 = {};
        wp::quat_t<wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::quat_t<wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        Mixed_6ac7b776 adj_18 = {};
        bool adj_19 = {};
        bool adj_20 = {};
        wp::float32 adj_21 = {};
        Mixed_6ac7b776 adj_22 = {};
        wp::uint8 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::uint8 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        bool adj_28 = {};
        wp::float32 adj_29 = {};
        P_209d01ad adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        P_209d01ad adj_33 = {};
        wp::float32 adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        P_209d01ad adj_44 = {};
        P_209d01ad adj_45 = {};
        P_209d01ad adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        P_209d01ad adj_53 = {};
        wp::int32 adj_54 = {};
        wp::float32 adj_55 = {};
        P_209d01ad adj_56 = {};
        wp::int32 adj_57 = {};
        wp::float32 adj_58 = {};
        P_209d01ad adj_59 = {};
        wp::int32 adj_60 = {};
        wp::float32 adj_61 = {};
        P_209d01ad adj_62 = {};
        wp::float32 adj_63 = {};
        wp::vec_t<3, wp::float32> adj_64 = {};
        wp::int32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::vec_t<3, wp::float32> adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        P_209d01ad adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        //---------
        // forward
        // def k1(out: wp.array(dtype=float), ms: wp.array2d(dtype=Mixed), ps: wp.array(dtype=P), e: Empty):       <L 49>
        // i, j = wp.tid()                                                                        <L 50>
        builtin_tid2d(var_0, var_1);
        // out[i] = first(ms[i, j]) + ms[i, j].f.p[0] + ms[i, j].e.y                              <L 51>
        var_2 = wp::address(var_ms, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = first_0(var_4);
        var_5 = wp::address(var_ms, var_0, var_1);
        var_6 = &(((*wp::address(var_ms, var_0, var_1))).f);
        var_8 = wp::load(var_6);
        var_7 = wp::transform_get_translation(var_8);
        var_10 = wp::extract(var_7, var_9);
        var_11 = wp::add(var_3, var_10);
        var_12 = wp::address(var_ms, var_0, var_1);
        var_13 = &(((*wp::address(var_ms, var_0, var_1))).e);
        var_16 = wp::load(var_13);
        var_15 = wp::extract(var_16, var_14);
        var_17 = wp::add(var_11, var_15);
        // wp::array_store(var_out, var_0, var_17);
        // if ms[i, j].c:                                                                         <L 52>
        var_18 = wp::address(var_ms, var_0, var_1);
        var_19 = &(((*wp::address(var_ms, var_0, var_1))).c);
        var_20 = wp::load(var_19);
        if (var_20) {
            // out[i] = out[i] + float(ms[i, j].b)                                                <L 53>
            var_21 = wp::address(var_out, var_0);
            var_22 = wp::address(var_ms, var_0, var_1);
            var_23 = &(((*wp::address(var_ms, var_0, var_1))).b);
            var_25 = wp::load(var_23);
            var_24 = wp::float(var_25);
            var_27 = wp::load(var_21);
            var_26 = wp::add(var_27, var_24);
            // wp::array_store(var_out, var_0, var_26);
        }
        var_28 = wp::load(var_19);
        // q = make_p(out[i])                                                                     <L 54>
        var_29 = wp::address(var_out, var_0);
        var_31 = wp::load(var_29);
        var_30 = make_p_0(var_31);
        // out[i] = make_p(2.0).x + q.y.z + use_empty(e, 1.0)                                     <L 55>
        var_33 = make_p_0(var_32);
        var_34 = &(var_33.x);
        var_35 = &((var_30).y);
        var_38 = wp::load(var_35);
        var_37 = wp::extract(var_38, var_36);
        var_40 = wp::load(var_34);
        var_39 = wp::add(var_40, var_37);
        var_42 = use_empty_0(var_e, var_41);
        var_43 = wp::add(var_39, var_42);
        // wp::array_store(var_out, var_0, var_43);
        // w = ps[i]                                                                              <L 56>
        var_44 = wp::address(var_ps, var_0);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // w.x = 3.0                                                                              <L 57>
        var_45.x = var_47;
        // ps[i] = w                                                                              <L 58>
        // wp::array_store(var_ps, var_0, var_45);
        // r = P(1.0, wp.vec3(1.0, 2.0, 3.0))                                                     <L 59>
        var_52 = wp::vec_t<3, wp::float32>(var_49, var_50, var_51);
        var_53 = P_209d01ad(var_48, var_52);
        // for n in range(3):                                                                     <L 60>
        // r = make_p(float(n))                                                                   <L 61>
        var_55 = wp::float(var_54);
        var_56 = make_p_0(var_55);
        var_58 = wp::float(var_57);
        var_59 = make_p_0(var_58);
        var_61 = wp::float(var_60);
        var_62 = make_p_0(var_61);
        // out[i] = r.x + w.y[1]                                                                  <L 62>
        var_63 = &((var_62).x);
        var_64 = &((var_45).y);
        var_67 = wp::load(var_64);
        var_66 = wp::extract(var_67, var_65);
        var_69 = wp::load(var_63);
        var_68 = wp::add(var_69, var_66);
        // wp::array_store(var_out, var_0, var_68);
        // z = q                                                                                  <L 63>
        var_70 = wp::copy(var_30);
        // out[i] = z.x                                                                           <L 64>
        var_71 = &((var_70).x);
        var_73 = wp::load(var_71);
        var_72 = wp::copy(var_73);
        // wp::array_store(var_out, var_0, var_72);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_72, adj_out, adj_0, adj_72);
        wp::adj_copy(var_73, adj_71, adj_72);
        adj_70.x += adj_71;
        // adj: out[i] = z.x                                                                      <L 64>
        wp::adj_copy(var_30, adj_30, adj_70);
        // adj: z = q                                                                             <L 63>
        wp::adj_array_store(var_out, var_0, var_68, adj_out, adj_0, adj_68);
        wp::adj_add(var_69, var_66, adj_63, adj_66, adj_68);
        wp::adj_extract(var_67, var_65, adj_64, adj_65, adj_66);
        adj_45.y += adj_64;
        adj_62.x += adj_63;
        // adj: out[i] = r.x + w.y[1]                                                             <L 62>
        adj_make_p_0(var_61, adj_61, adj_62);
        wp::adj_float(var_60, adj_60, adj_61);
        adj_make_p_0(var_58, adj_58, adj_59);
        wp::adj_float(var_57, adj_57, adj_58);
        adj_make_p_0(var_55, adj_55, adj_56);
        wp::adj_float(var_54, adj_54, adj_55);
        // adj: r = make_p(float(n))                                                              <L 61>
        // adj: for n in range(3):                                                                <L 60>
        adj_P_209d01ad(var_48, var_52, adj_48, adj_52, adj_53);
        wp::adj_vec_t(var_49, var_50, var_51, adj_49, adj_50, adj_51, adj_52);
        // adj: r = P(1.0, wp.vec3(1.0, 2.0, 3.0))                                                <L 59>
        wp::adj_array_store(var_ps, var_0, var_45, adj_ps, adj_0, adj_45);
        // adj: ps[i] = w                                                                         <L 58>
        adj_47 += adj_45.x;
        adj_45.x = {};
        // adj: w.x = 3.0                                                                         <L 57>
        wp::adj_copy(var_46, adj_44, adj_45);
        wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_44);
        // adj: w = ps[i]                                                                         <L 56>
        wp::adj_array_store(var_out, var_0, var_43, adj_out, adj_0, adj_43);
        wp::adj_add(var_39, var_42, adj_39, adj_42, adj_43);
        adj_use_empty_0(var_e, var_41, adj_e, adj_41, adj_42);
        wp::adj_add(var_40, var_37, adj_34, adj_37, adj_39);
        wp::adj_extract(var_38, var_36, adj_35, adj_36, adj_37);
        adj_30.y += adj_35;
        adj_33.x += adj_34;
        adj_make_p_0(var_32, adj_32, adj_33);
        // adj: out[i] = make_p(2.0).x + q.y.z + use_empty(e, 1.0)                                <L 55>
        adj_make_p_0(var_31, adj_29, adj_30);
        wp::adj_address(var_out, var_0, adj_out, adj_0, adj_29);
        // adj: q = make_p(out[i])                                                                <L 54>
        if (var_28) {
            wp::adj_array_store(var_out, var_0, var_26, adj_out, adj_0, adj_26);
            wp::adj_add(var_27, var_24, adj_21, adj_24, adj_26);
            wp::adj_float(var_25, adj_23, adj_24);
            adj_22.b = adj_23;
            wp::adj_address(var_ms, var_0, var_1, adj_ms, adj_0, adj_1, adj_22);
            wp::adj_address(var_out, var_0, adj_out, adj_0, adj_21);
            // adj: out[i] = out[i] + float(ms[i, j].b)                                           <L 53>
        }
        adj_18.c = adj_19;
        wp::adj_address(var_ms, var_0, var_1, adj_ms, adj_0, adj_1, adj_18);
        // adj: if ms[i, j].c:                                                                    <L 52>
        wp::adj_array_store(var_out, var_0, var_17, adj_out, adj_0, adj_17);
        wp::adj_add(var_11, var_15, adj_11, adj_15, adj_17);
        wp::adj_extract(var_16, var_14, adj_13, adj_14, adj_15);
        adj_12.e += adj_13;
        wp::adj_address(var_ms, var_0, var_1, adj_ms, adj_0, adj_1, adj_12);
        wp::adj_add(var_3, var_10, adj_3, adj_10, adj_11);
        wp::adj_extract(var_7, var_9, adj_7, adj_9, adj_10);
        wp::adj_transform_get_translation(var_8, adj_6, adj_7);
        adj_5.f += adj_6;
        wp::adj_address(var_ms, var_0, var_1, adj_ms, adj_0, adj_1, adj_5);
        adj_first_0(var_4, adj_2, adj_3);
        wp::adj_address(var_ms, var_0, var_1, adj_ms, adj_0, adj_1, adj_2);
        // adj: out[i] = first(ms[i, j]) + ms[i, j].f.p[0] + ms[i, j].e.y                         <L 51>
        // adj: i, j = wp.tid()                                                                   <L 50>
        // adj: def k1(out: wp.array(dtype=float), ms: wp.array2d(dtype=Mixed), ps: wp.array(dtype=P), e: Empty):  <L 49>
        continue;
    }
}



extern "C" __global__ void k2_d797f4c6_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    P_209d01ad var_p,
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
        const wp::float32 var_1 = 2.0;
        wp::vec_t<3, wp::float32>* var_2;
        wp::float32* var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::float32 var_6;
        //---------
        // forward
        // def k2(p: P, out: wp.array(dtype=wp.vec3)):                                            <L 68>
        // i = wp.tid()                                                                           <L 69>
        var_0 = builtin_tid1d();
        // p.x = 2.0                                                                              <L 70>
        var_p.x = var_1;
        // out[i] = p.y * p.x                                                                     <L 71>
        var_2 = &((var_p).y);
        var_3 = &((var_p).x);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::mul(var_5, var_6);
        wp::array_store(var_out, var_0, var_4);
    }
}

