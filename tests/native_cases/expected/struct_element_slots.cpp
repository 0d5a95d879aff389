#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


struct Leaf_07bbeb4f
{
    wp::float32 w;
    wp::array_t<wp::float32> x;


    Leaf_07bbeb4f() = default;
    CUDA_CALLABLE Leaf_07bbeb4f(wp::float32 const& w,
    wp::array_t<wp::float32> const& x = {})
        : w{w}
        , x{x}

    {
    }

    CUDA_CALLABLE Leaf_07bbeb4f& operator += (const Leaf_07bbeb4f& rhs)
    {    w += rhs.w;

        return *this;}

};

static CUDA_CALLABLE void adj_Leaf_07bbeb4f(wp::float32 const&,
    wp::array_t<wp::float32> const&,
    wp::float32 & adj_w,
    wp::array_t<wp::float32> & adj_x,
    Leaf_07bbeb4f & adj_ret)
{
    adj_w += adj_ret.w;
    adj_x = adj_ret.x;
}

// Required when compiling adjoints.
CUDA_CALLABLE Leaf_07bbeb4f add(const Leaf_07bbeb4f& a, const Leaf_07bbeb4f& b)
{
    return Leaf_07bbeb4f();
}

CUDA_CALLABLE void adj_atomic_add(Leaf_07bbeb4f* p, Leaf_07bbeb4f t)
{
    wp::adj_atomic_add(&p->w, t.w);
    wp::adj_atomic_add(&p->x, t.x);
}




struct P_52aeea2d
{
    wp::float32 a;
    wp::vec_t<3, wp::float32> v;
    wp::mat_t<2, 2, wp::float32> m;
    wp::transform_t<wp::float32> t;
    wp::quat_t<wp::float32> q;
    wp::vec_t<2, wp::int32> c;
    Leaf_07bbeb4f leaf;
    wp::int8 k;
    bool b;


    P_52aeea2d() = default;
    CUDA_CALLABLE P_52aeea2d(wp::float32 const& a,
    wp::vec_t<3, wp::float32> const& v = {},
    wp::mat_t<2, 2, wp::float32> const& m = {},
    wp::transform_t<wp::float32> const& t = {},
    wp::quat_t<wp::float32> const& q = {},
    wp::vec_t<2, wp::int32> const& c = {},
    Leaf_07bbeb4f const& leaf = {},
    wp::int8 const& k = {},
    bool const& b = {})
        : a{a}
        , v{v}
        , m{m}
        , t{t}
        , q{q}
        , c{c}
        , leaf{leaf}
        , k{k}
        , b{b}

    {
    }

    CUDA_CALLABLE P_52aeea2d& operator += (const P_52aeea2d& rhs)
    {    a += rhs.a;
    v += rhs.v;
    m += rhs.m;
    t += rhs.t;
    q += rhs.q;
    c += rhs.c;
    leaf += rhs.leaf;

        return *this;}

};

static CUDA_CALLABLE void adj_P_52aeea2d(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::mat_t<2, 2, wp::float32> const&,
    wp::transform_t<wp::float32> const&,
    wp::quat_t<wp::float32> const&,
    wp::vec_t<2, wp::int32> const&,
    Leaf_07bbeb4f const&,
    wp::int8 const&,
    bool const&,
    wp::float32 & adj_a,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::mat_t<2, 2, wp::float32> & adj_m,
    wp::transform_t<wp::float32> & adj_t,
    wp::quat_t<wp::float32> & adj_q,
    wp::vec_t<2, wp::int32> & adj_c,
    Leaf_07bbeb4f & adj_leaf,
    wp::int8 & adj_k,
    bool & adj_b,
    P_52aeea2d & adj_ret)
{
    adj_a += adj_ret.a;
    adj_v += adj_ret.v;
    adj_m += adj_ret.m;
    adj_t += adj_ret.t;
    adj_q += adj_ret.q;
    adj_c += adj_ret.c;
    adj_leaf += adj_ret.leaf;
    adj_k += adj_ret.k;
    adj_b += adj_ret.b;
}

// Required when compiling adjoints.
CUDA_CALLABLE P_52aeea2d add(const P_52aeea2d& a, const P_52aeea2d& b)
{
    return P_52aeea2d();
}

CUDA_CALLABLE void adj_atomic_add(P_52aeea2d* p, P_52aeea2d t)
{
    wp::adj_atomic_add(&p->a, t.a);
    wp::adj_atomic_add(&p->v, t.v);
    wp::adj_atomic_add(&p->m, t.m);
    wp::adj_atomic_add(&p->t, t.t);
    wp::adj_atomic_add(&p->q, t.q);
    wp::adj_atomic_add(&p->c, t.c);
    adj_atomic_add(&p->leaf, t.leaf);
    wp::adj_atomic_add(&p->k, t.k);
    wp::adj_atomic_add(&p->b, t.b);
}




struct Holder_35355c6e
{
    wp::array_t<P_52aeea2d> ps;
    wp::array_t<P_52aeea2d> grid;


    Holder_35355c6e() = default;
    CUDA_CALLABLE Holder_35355c6e(wp::array_t<P_52aeea2d> const& ps,
    wp::array_t<P_52aeea2d> const& grid = {})
        : ps{ps}
        , grid{grid}

    {
    }

    CUDA_CALLABLE Holder_35355c6e& operator += (const Holder_35355c6e& rhs)
    {
        return *this;}

};

static CUDA_CALLABLE void adj_Holder_35355c6e(wp::array_t<P_52aeea2d> const&,
    wp::array_t<P_52aeea2d> const&,
    wp::array_t<P_52aeea2d> & adj_ps,
    wp::array_t<P_52aeea2d> & adj_grid,
    Holder_35355c6e & adj_ret)
{
    adj_ps = adj_ret.ps;
    adj_grid = adj_ret.grid;
}

// Required when compiling adjoints.
CUDA_CALLABLE Holder_35355c6e add(const Holder_35355c6e& a, const Holder_35355c6e& b)
{
    return Holder_35355c6e();
}

CUDA_CALLABLE void adj_atomic_add(Holder_35355c6e* p, Holder_35355c6e t)
{
    wp::adj_atomic_add(&p->ps, t.ps);
    wp::adj_atomic_add(&p->grid, t.grid);
}




// warpsynth/struct_element_slots.py:29
static void store_in_func_0(
    wp::array_t<P_52aeea2d> var_ps,
    wp::int32 var_i,
    wp::float32 var_v)
{
    //---------
    // primal vars
    P_52aeea2d* var_0;
    P_52aeea2d* var_1;
    Leaf_07bbeb4f* var_2;
    //---------
    // forward
    // def store_in_func(ps: wp.array(dtype=P), i: int, v: float):                            <L 30>
    // ps[i].a = v                                                                            <L 31>
    var_0 = &(wp::index(var_ps, var_i));
    wp::store(&(wp::index(var_ps, var_i).a), var_v);
    // ps[i].leaf.w += v                                                                      <L 32>
    var_1 = &(wp::index(var_ps, var_i));
    var_2 = &(wp::index(var_ps, var_i).leaf);
    wp::array_atomic_add_slot(var_ps, var_v, [&](auto& _e) -> auto& { return _e.leaf.w; }, var_i);
}


// warpsynth/struct_element_slots.py:29
static void adj_store_in_func_0(
    wp::array_t<P_52aeea2d> var_ps,
    wp::int32 var_i,
    wp::float32 var_v,
    wp::array_t<P_52aeea2d> & adj_ps,
    wp::int32 & adj_i,
    wp::float32 & adj_v)
{
    //---------
    // primal vars
    P_52aeea2d* var_0;
    P_52aeea2d* var_1;
    Leaf_07bbeb4f* var_2;
    //---------
    // dual vars
    P_52aeea2d adj_0 = {};
    P_52aeea2d adj_1 = {};
    Leaf_07bbeb4f adj_2 = {};
    //---------
    // forward
    // def store_in_func(ps: wp.array(dtype=P), i: int, v: float):                            <L 30>
    // ps[i].a = v                                                                            <L 31>
    var_0 = &(wp::index(var_ps, var_i));
    // wp::store(&(wp::index(var_ps, var_i).a), var_v);
    // ps[i].leaf.w += v                                                                      <L 32>
    var_1 = &(wp::index(var_ps, var_i));
    var_2 = &(wp::index(var_ps, var_i).leaf);
    // wp::array_atomic_add_slot(var_ps, var_v, [&](auto& _e) -> auto& { return _e.leaf.w; }, var_i);
    //---------
    // reverse
    wp::adj_array_atomic_add_slot(var_ps, adj_ps, adj_v, [&](auto& _e) -> auto& { return _e.leaf.w; }, var_i);
    // adj: ps[i].leaf.w += v                                                                 <L 32>
    wp::adj_array_store_slot(var_ps, adj_ps, adj_v, [&](auto& _e) -> auto& { return _e.a; }, var_i);
    // adj: ps[i].a = v                                                                       <L 31>
    // adj: def store_in_func(ps: wp.array(dtype=P), i: int, v: float):                       <L 30>
    return;
}

struct wp_args_element_stores_9cf4e36d {
    wp::array_t<P_52aeea2d> ps;
    wp::array_t<wp::float32> out;
    wp::mat_t<2, 2, wp::float32> m;
    wp::transform_t<wp::float32> t;
};


template <bool wp_linear_contiguous>
static void element_stores_9cf4e36d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_element_stores_9cf4e36d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<P_52aeea2d> var_ps = _wp_args->ps;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::mat_t<2, 2, wp::float32> var_m = _wp_args->m;
    wp::transform_t<wp::float32> var_t = _wp_args->t;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    P_52aeea2d* var_4;
    const wp::float32 var_5 = 1.0;
    wp::vec_t<3, wp::float32> var_6;
    P_52aeea2d* var_7;
    const wp::float32 var_8 = 2.0;
    P_52aeea2d* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    const wp::int32 var_11 = 1;
    const wp::float32 var_12 = 3.0;
    P_52aeea2d* var_13;
    Leaf_07bbeb4f* var_14;
    const wp::float32 var_15 = 4.0;
    P_52aeea2d* var_16;
    Leaf_07bbeb4f* var_17;
    wp::array_t<wp::float32>* var_18;
    const wp::int32 var_19 = 0;
    wp::array_t<wp::float32> var_20;
    const wp::int32 var_21 = 1;
    wp::int8 var_22;
    P_52aeea2d* var_23;
    P_52aeea2d* var_24;
    const wp::float32 var_25 = 1.0;
    wp::vec_t<3, wp::float32> var_26;
    P_52aeea2d* var_27;
    wp::transform_t<wp::float32>* var_28;
    P_52aeea2d* var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    P_52aeea2d* var_33;
    wp::quat_t<wp::float32>* var_34;
    const wp::int32 var_35 = 0;
    Leaf_07bbeb4f var_36;
    P_52aeea2d* var_37;
    const bool var_38 = true;
    P_52aeea2d* var_39;
    wp::float32* var_40;
    wp::float32 var_41;
    //---------
    // forward
    // def element_stores(ps: wp.array(dtype=P), out: wp.array(dtype=float), m: wp.mat22, t: wp.transform):       <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // ps[i].a = out[i]                                                                       <L 38>
    var_1 = wp::address(var_out, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    var_4 = &(wp::index(var_ps, var_0));
    wp::store(&(wp::index(var_ps, var_0).a), var_2);
    // ps[i].v = wp.vec3(1.0)                                                                 <L 39>
    var_6 = wp::vec_t<3, wp::float32>(var_5);
    var_7 = &(wp::index(var_ps, var_0));
    wp::store(&(wp::index(var_ps, var_0).v), var_6);
    // ps[i].v.y = 2.0                                                                        <L 40>
    var_9 = &(wp::index(var_ps, var_0));
    var_10 = &(wp::index(var_ps, var_0).v);
    wp::store(&(wp::index(var_ps, var_0).v.component_ref(var_11)), var_8);
    // ps[i].leaf.w = 3.0                                                                     <L 41>
    var_13 = &(wp::index(var_ps, var_0));
    var_14 = &(wp::index(var_ps, var_0).leaf);
    wp::store(&(wp::index(var_ps, var_0).leaf.w), var_12);
    // ps[i].leaf.x[0] = 4.0                                                                  <L 42>
    var_16 = &(wp::index(var_ps, var_0));
    var_17 = &(wp::index(var_ps, var_0).leaf);
    var_18 = &((((*wp::address(var_ps, var_0))).leaf).x);
    var_20 = wp::load(var_18);
    wp::array_store(var_20, var_19, var_15);
    // ps[i].k = wp.int8(1)                                                                   <L 43>
    var_22 = wp::int8(var_21);
    var_23 = &(wp::index(var_ps, var_0));
    wp::store(&(wp::index(var_ps, var_0).k), var_22);
    // ps[i].m = m                                                                            <L 44>
    var_24 = &(wp::index(var_ps, var_0));
    wp::store(&(wp::index(var_ps, var_0).m), var_m);
    // ps[i].t.p = wp.vec3(1.0)                                                               <L 45>
    var_26 = wp::vec_t<3, wp::float32>(var_25);
    var_27 = &(wp::index(var_ps, var_0));
    var_28 = &(wp::index(var_ps, var_0).t);
    wp::store(&(wp::index(var_ps, var_0).t.p), var_26);
    // ps[i].t = t                                                                            <L 46>
    var_29 = &(wp::index(var_ps, var_0));
    wp::store(&(wp::index(var_ps, var_0).t), var_t);
    // ps[i].q.x = out[i]                                                                     <L 47>
    var_30 = wp::address(var_out, var_0);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    var_33 = &(wp::index(var_ps, var_0));
    var_34 = &(wp::index(var_ps, var_0).q);
    wp::store(&(wp::index(var_ps, var_0).q.component_ref(var_35)), var_31);
    // ps[i].leaf = Leaf()                                                                    <L 48>
    var_36 = Leaf_07bbeb4f();
    var_37 = &(wp::index(var_ps, var_0));
    wp::store(&(wp::index(var_ps, var_0).leaf), var_36);
    // ps[i].b = True                                                                         <L 49>
    var_39 = &(wp::index(var_ps, var_0));
    wp::store(&(wp::index(var_ps, var_0).b), var_38);
    // store_in_func(ps, i, out[i])                                                           <L 50>
    var_40 = wp::address(var_out, var_0);
    var_41 = wp::load(var_40);
    store_in_func_0(var_ps, var_0, var_41);
}



template <bool wp_linear_contiguous>
static void element_stores_9cf4e36d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_element_stores_9cf4e36d *_wp_args,
    wp_args_element_stores_9cf4e36d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<P_52aeea2d> var_ps = _wp_args->ps;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::mat_t<2, 2, wp::float32> var_m = _wp_args->m;
    wp::transform_t<wp::float32> var_t = _wp_args->t;
    wp::array_t<P_52aeea2d> adj_ps = _wp_adj_args->ps;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::mat_t<2, 2, wp::float32> adj_m = _wp_adj_args->m;
    wp::transform_t<wp::float32> adj_t = _wp_adj_args->t;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    P_52aeea2d* var_4;
    const wp::float32 var_5 = 1.0;
    wp::vec_t<3, wp::float32> var_6;
    P_52aeea2d* var_7;
    const wp::float32 var_8 = 2.0;
    P_52aeea2d* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    const wp::int32 var_11 = 1;
    const wp::float32 var_12 = 3.0;
    P_52aeea2d* var_13;
    Leaf_07bbeb4f* var_14;
    const wp::float32 var_15 = 4.0;
    P_52aeea2d* var_16;
    Leaf_07bbeb4f* var_17;
    wp::array_t<wp::float32>* var_18;
    const wp::int32 var_19 = 0;
    wp::array_t<wp::float32> var_20;
    const wp::int32 var_21 = 1;
    wp::int8 var_22;
    P_52aeea2d* var_23;
    P_52aeea2d* var_24;
    const wp::float32 var_25 = 1.0;
    wp::vec_t<3, wp::float32> var_26;
    P_52aeea2d* var_27;
    wp::transform_t<wp::float32>* var_28;
    P_52aeea2d* var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    P_52aeea2d* var_33;
    wp::quat_t<wp::float32>* var_34;
    const wp::int32 var_35 = 0;
    Leaf_07bbeb4f var_36;
    P_52aeea2d* var_37;
    const bool var_38 = true;
    P_52aeea2d* var_39;
    wp::float32* var_40;
    wp::float32 var_41;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    P_52aeea2d adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    P_52aeea2d adj_7 = {};
    wp::float32 adj_8 = {};
    P_52aeea2d adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    P_52aeea2d adj_13 = {};
    Leaf_07bbeb4f adj_14 = {};
    wp::float32 adj_15 = {};
    P_52aeea2d adj_16 = {};
    Leaf_07bbeb4f adj_17 = {};
    wp::array_t<wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::array_t<wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int8 adj_22 = {};
    P_52aeea2d adj_23 = {};
    P_52aeea2d adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    P_52aeea2d adj_27 = {};
    wp::transform_t<wp::float32> adj_28 = {};
    P_52aeea2d adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    P_52aeea2d adj_33 = {};
    wp::quat_t<wp::float32> adj_34 = {};
    wp::int32 adj_35 = {};
    Leaf_07bbeb4f adj_36 = {};
    P_52aeea2d adj_37 = {};
    bool adj_38 = {};
    P_52aeea2d adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    //---------
    // forward
    // def element_stores(ps: wp.array(dtype=P), out: wp.array(dtype=float), m: wp.mat22, t: wp.transform):       <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // ps[i].a = out[i]                                                                       <L 38>
    var_1 = wp::address(var_out, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    var_4 = &(wp::index(var_ps, var_0));
    // wp::store(&(wp::index(var_ps, var_0).a), var_2);
    // ps[i].v = wp.vec3(1.0)                                                                 <L 39>
    var_6 = wp::vec_t<3, wp::float32>(var_5);
    var_7 = &(wp::index(var_ps, var_0));
    // wp::store(&(wp::index(var_ps, var_0).v), var_6);
    // ps[i].v.y = 2.0                                                                        <L 40>
    var_9 = &(wp::index(var_ps, var_0));
    var_10 = &(wp::index(var_ps, var_0).v);
    // wp::store(&(wp::index(var_ps, var_0).v.component_ref(var_11)), var_8);
    // ps[i].leaf.w = 3.0                                                                     <L 41>
    var_13 = &(wp::index(var_ps, var_0));
    var_14 = &(wp::index(var_ps, var_0).leaf);
    // wp::store(&(wp::index(var_ps, var_0).leaf.w), var_12);
    // ps[i].leaf.x[0] = 4.0                                                                  <L 42>
    var_16 = &(wp::index(var_ps, var_0));
    var_17 = &(wp::index(var_ps, var_0).leaf);
    var_18 = &((((*wp::address(var_ps, var_0))).leaf).x);
    var_20 = wp::load(var_18);
    // wp::array_store(var_20, var_19, var_15);
    // ps[i].k = wp.int8(1)                                                                   <L 43>
    var_22 = wp::int8(var_21);
    var_23 = &(wp::index(var_ps, var_0));
    // wp::store(&(wp::index(var_ps, var_0).k), var_22);
    // ps[i].m = m                                                                            <L 44>
    var_24 = &(wp::index(var_ps, var_0));
    // wp::store(&(wp::index(var_ps, var_0).m), var_m);
    // ps[i].t.p = wp.vec3(1.0)                                                               <L 45>
    var_26 = wp::vec_t<3, wp::float32>(var_25);
    var_27 = &(wp::index(var_ps, var_0));
    var_28 = &(wp::index(var_ps, var_0).t);
    // wp::store(&(wp::index(var_ps, var_0).t.p), var_26);
    // ps[i].t = t                                                                            <L 46>
    var_29 = &(wp::index(var_ps, var_0));
    // wp::store(&(wp::index(var_ps, var_0).t), var_t);
    // ps[i].q.x = out[i]                                                                     <L 47>
    var_30 = wp::address(var_out, var_0);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    var_33 = &(wp::index(var_ps, var_0));
    var_34 = &(wp::index(var_ps, var_0).q);
    // wp::store(&(wp::index(var_ps, var_0).q.component_ref(var_35)), var_31);
    // ps[i].leaf = Leaf()                                                                    <L 48>
    var_36 = Leaf_07bbeb4f();
    var_37 = &(wp::index(var_ps, var_0));
    // wp::store(&(wp::index(var_ps, var_0).leaf), var_36);
    // ps[i].b = True                                                                         <L 49>
    var_39 = &(wp::index(var_ps, var_0));
    // wp::store(&(wp::index(var_ps, var_0).b), var_38);
    // store_in_func(ps, i, out[i])                                                           <L 50>
    var_40 = wp::address(var_out, var_0);
    var_41 = wp::load(var_40);
    store_in_func_0(var_ps, var_0, var_41);
    //---------
    // reverse
    adj_store_in_func_0(var_ps, var_0, var_41, adj_ps, adj_0, adj_40);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_40);
    // adj: store_in_func(ps, i, out[i])                                                      <L 50>
    wp::adj_array_store_slot(var_ps, adj_ps, adj_38, [&](auto& _e) -> auto& { return _e.b; }, var_0);
    // adj: ps[i].b = True                                                                    <L 49>
    wp::adj_array_store_slot(var_ps, adj_ps, adj_36, [&](auto& _e) -> auto& { return _e.leaf; }, var_0);
    // adj: ps[i].leaf = Leaf()                                                               <L 48>
    wp::adj_array_store_slot(var_ps, adj_ps, adj_31, [&](auto& _e) -> auto& { return _e.q.component_ref(var_35); }, var_0);
    wp::adj_copy(var_32, adj_30, adj_31);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_30);
    // adj: ps[i].q.x = out[i]                                                                <L 47>
    wp::adj_array_store_slot(var_ps, adj_ps, adj_t, [&](auto& _e) -> auto& { return _e.t; }, var_0);
    // adj: ps[i].t = t                                                                       <L 46>
    wp::adj_array_store_slot(var_ps, adj_ps, adj_26, [&](auto& _e) -> auto& { return _e.t.p; }, var_0);
    wp::adj_vec_t(var_25, adj_25, adj_26);
    // adj: ps[i].t.p = wp.vec3(1.0)                                                          <L 45>
    wp::adj_array_store_slot(var_ps, adj_ps, adj_m, [&](auto& _e) -> auto& { return _e.m; }, var_0);
    // adj: ps[i].m = m                                                                       <L 44>
    wp::adj_array_store_slot(var_ps, adj_ps, adj_22, [&](auto& _e) -> auto& { return _e.k; }, var_0);
    // adj: ps[i].k = wp.int8(1)                                                              <L 43>
    wp::adj_array_store(var_20, var_19, var_15, adj_18, adj_19, adj_15);
    adj_17.x = adj_18;
    // adj: ps[i].leaf.x[0] = 4.0                                                             <L 42>
    wp::adj_array_store_slot(var_ps, adj_ps, adj_12, [&](auto& _e) -> auto& { return _e.leaf.w; }, var_0);
    // adj: ps[i].leaf.w = 3.0                                                                <L 41>
    wp::adj_array_store_slot(var_ps, adj_ps, adj_8, [&](auto& _e) -> auto& { return _e.v.component_ref(var_11); }, var_0);
    // adj: ps[i].v.y = 2.0                                                                   <L 40>
    wp::adj_array_store_slot(var_ps, adj_ps, adj_6, [&](auto& _e) -> auto& { return _e.v; }, var_0);
    wp::adj_vec_t(var_5, adj_5, adj_6);
    // adj: ps[i].v = wp.vec3(1.0)                                                            <L 39>
    wp::adj_array_store_slot(var_ps, adj_ps, adj_2, [&](auto& _e) -> auto& { return _e.a; }, var_0);
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_1);
    // adj: ps[i].a = out[i]                                                                  <L 38>
    // adj: i = wp.tid()                                                                      <L 37>
    // adj: def element_stores(ps: wp.array(dtype=P), out: wp.array(dtype=float), m: wp.mat22, t: wp.transform):  <L 36>
    return;
}



struct element_stores_9cf4e36d_cpu_block_payload_forward
{
    wp_args_element_stores_9cf4e36d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void element_stores_9cf4e36d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    element_stores_9cf4e36d_cpu_block_payload_forward* payload = (element_stores_9cf4e36d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    element_stores_9cf4e36d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void element_stores_9cf4e36d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_element_stores_9cf4e36d *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        element_stores_9cf4e36d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &element_stores_9cf4e36d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct element_stores_9cf4e36d_cpu_block_payload_backward
{
    wp_args_element_stores_9cf4e36d* args;
    wp_args_element_stores_9cf4e36d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void element_stores_9cf4e36d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    element_stores_9cf4e36d_cpu_block_payload_backward* payload = (element_stores_9cf4e36d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    element_stores_9cf4e36d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void element_stores_9cf4e36d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_element_stores_9cf4e36d *_wp_args,
    wp_args_element_stores_9cf4e36d *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        element_stores_9cf4e36d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &element_stores_9cf4e36d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_field_array_elements_af5b6028 {
    Holder_35355c6e h;
    wp::float32 v;
};


template <bool wp_linear_contiguous>
static void field_array_elements_af5b6028_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_field_array_elements_af5b6028 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    Holder_35355c6e var_h = _wp_args->h;
    wp::float32 var_v = _wp_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<P_52aeea2d>* var_1;
    P_52aeea2d* var_2;
    wp::array_t<P_52aeea2d>* var_3;
    P_52aeea2d* var_4;
    Leaf_07bbeb4f* var_5;
    wp::array_t<P_52aeea2d>* var_6;
    const wp::int32 var_7 = 0;
    P_52aeea2d* var_8;
    wp::array_t<P_52aeea2d>* var_9;
    const wp::int32 var_10 = 1;
    P_52aeea2d* var_11;
    wp::vec_t<2, wp::int32>* var_12;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 2;
    wp::array_t<P_52aeea2d>* var_15;
    P_52aeea2d* var_16;
    Leaf_07bbeb4f* var_17;
    wp::array_t<wp::float32>* var_18;
    const wp::int32 var_19 = 0;
    wp::array_t<wp::float32> var_20;
    //---------
    // forward
    // def field_array_elements(h: Holder, v: float):                                         <L 66>
    // i = wp.tid()                                                                           <L 67>
    var_0 = builtin_tid1d();
    // h.ps[i].a = v                                                                          <L 68>
    var_1 = &((var_h).ps);
    var_2 = &(wp::index(*(var_1), var_0));
    wp::store(&(wp::index(*(var_1), var_0).a), var_v);
    // h.ps[i].leaf.w += v                                                                    <L 69>
    var_3 = &((var_h).ps);
    var_4 = &(wp::index(*(var_3), var_0));
    var_5 = &(wp::index(*(var_3), var_0).leaf);
    wp::array_atomic_add_slot(*(var_3), var_v, [&](auto& _e) -> auto& { return _e.leaf.w; }, var_0);
    // h.grid[i, 0].a = v                                                                     <L 70>
    var_6 = &((var_h).grid);
    var_8 = &(wp::index(*(var_6), var_0, var_7));
    wp::store(&(wp::index(*(var_6), var_0, var_7).a), var_v);
    // h.grid[i][1].c.y += 2                                                                  <L 71>
    var_9 = &((var_h).grid);
    var_11 = &(wp::index(*(var_9), var_0, var_10));
    var_12 = &(wp::index(*(var_9), var_0, var_10).c);
    wp::array_atomic_add_slot(*(var_9), var_14, [&](auto& _e) -> auto& { return _e.c.component_ref(var_13); }, var_0, var_10);
    // h.ps[i].leaf.x[0] = v                                                                  <L 72>
    var_15 = &((var_h).ps);
    var_16 = &(wp::index(*(var_15), var_0));
    var_17 = &(wp::index(*(var_15), var_0).leaf);
    var_18 = &((((*wp::address((var_h).ps, var_0))).leaf).x);
    var_20 = wp::load(var_18);
    wp::array_store(var_20, var_19, var_v);
}



template <bool wp_linear_contiguous>
static void field_array_elements_af5b6028_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_field_array_elements_af5b6028 *_wp_args,
    wp_args_field_array_elements_af5b6028 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    Holder_35355c6e var_h = _wp_args->h;
    wp::float32 var_v = _wp_args->v;
    Holder_35355c6e adj_h = _wp_adj_args->h;
    wp::float32 adj_v = _wp_adj_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<P_52aeea2d>* var_1;
    P_52aeea2d* var_2;
    wp::array_t<P_52aeea2d>* var_3;
    P_52aeea2d* var_4;
    Leaf_07bbeb4f* var_5;
    wp::array_t<P_52aeea2d>* var_6;
    const wp::int32 var_7 = 0;
    P_52aeea2d* var_8;
    wp::array_t<P_52aeea2d>* var_9;
    const wp::int32 var_10 = 1;
    P_52aeea2d* var_11;
    wp::vec_t<2, wp::int32>* var_12;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 2;
    wp::array_t<P_52aeea2d>* var_15;
    P_52aeea2d* var_16;
    Leaf_07bbeb4f* var_17;
    wp::array_t<wp::float32>* var_18;
    const wp::int32 var_19 = 0;
    wp::array_t<wp::float32> var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::array_t<P_52aeea2d> adj_1 = {};
    P_52aeea2d adj_2 = {};
    wp::array_t<P_52aeea2d> adj_3 = {};
    P_52aeea2d adj_4 = {};
    Leaf_07bbeb4f adj_5 = {};
    wp::array_t<P_52aeea2d> adj_6 = {};
    wp::int32 adj_7 = {};
    P_52aeea2d adj_8 = {};
    wp::array_t<P_52aeea2d> adj_9 = {};
    wp::int32 adj_10 = {};
    P_52aeea2d adj_11 = {};
    wp::vec_t<2, wp::int32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::array_t<P_52aeea2d> adj_15 = {};
    P_52aeea2d adj_16 = {};
    Leaf_07bbeb4f adj_17 = {};
    wp::array_t<wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::array_t<wp::float32> adj_20 = {};
    //---------
    // forward
    // def field_array_elements(h: Holder, v: float):                                         <L 66>
    // i = wp.tid()                                                                           <L 67>
    var_0 = builtin_tid1d();
    // h.ps[i].a = v                                                                          <L 68>
    var_1 = &((var_h).ps);
    var_2 = &(wp::index(*(var_1), var_0));
    // wp::store(&(wp::index(*(var_1), var_0).a), var_v);
    // h.ps[i].leaf.w += v                                                                    <L 69>
    var_3 = &((var_h).ps);
    var_4 = &(wp::index(*(var_3), var_0));
    var_5 = &(wp::index(*(var_3), var_0).leaf);
    // wp::array_atomic_add_slot(*(var_3), var_v, [&](auto& _e) -> auto& { return _e.leaf.w; }, var_0);
    // h.grid[i, 0].a = v                                                                     <L 70>
    var_6 = &((var_h).grid);
    var_8 = &(wp::index(*(var_6), var_0, var_7));
    // wp::store(&(wp::index(*(var_6), var_0, var_7).a), var_v);
    // h.grid[i][1].c.y += 2                                                                  <L 71>
    var_9 = &((var_h).grid);
    var_11 = &(wp::index(*(var_9), var_0, var_10));
    var_12 = &(wp::index(*(var_9), var_0, var_10).c);
    // wp::array_atomic_add_slot(*(var_9), var_14, [&](auto& _e) -> auto& { return _e.c.component_ref(var_13); }, var_0, var_10);
    // h.ps[i].leaf.x[0] = v                                                                  <L 72>
    var_15 = &((var_h).ps);
    var_16 = &(wp::index(*(var_15), var_0));
    var_17 = &(wp::index(*(var_15), var_0).leaf);
    var_18 = &((((*wp::address((var_h).ps, var_0))).leaf).x);
    var_20 = wp::load(var_18);
    // wp::array_store(var_20, var_19, var_v);
    //---------
    // reverse
    wp::adj_array_store(var_20, var_19, var_v, adj_18, adj_19, adj_v);
    adj_17.x = adj_18;
    adj_h.ps = adj_15;
    // adj: h.ps[i].leaf.x[0] = v                                                             <L 72>
    wp::adj_array_atomic_add_slot(*(var_9), ([&]() -> wp::array_t<P_52aeea2d> { auto slot_adj_0 = adj_h; auto slot_adj_1 = (slot_adj_0).grid; return slot_adj_1; }()), adj_14, [&](auto& _e) -> auto& { return _e.c.component_ref(var_13); }, var_0, var_10);
    adj_h.grid = adj_9;
    // adj: h.grid[i][1].c.y += 2                                                             <L 71>
    wp::adj_array_store_slot(*(var_6), ([&]() -> wp::array_t<P_52aeea2d> { auto slot_adj_0 = adj_h; auto slot_adj_1 = (slot_adj_0).grid; return slot_adj_1; }()), adj_v, [&](auto& _e) -> auto& { return _e.a; }, var_0, var_7);
    adj_h.grid = adj_6;
    // adj: h.grid[i, 0].a = v                                                                <L 70>
    wp::adj_array_atomic_add_slot(*(var_3), ([&]() -> wp::array_t<P_52aeea2d> { auto slot_adj_0 = adj_h; auto slot_adj_1 = (slot_adj_0).ps; return slot_adj_1; }()), adj_v, [&](auto& _e) -> auto& { return _e.leaf.w; }, var_0);
    adj_h.ps = adj_3;
    // adj: h.ps[i].leaf.w += v                                                               <L 69>
    wp::adj_array_store_slot(*(var_1), ([&]() -> wp::array_t<P_52aeea2d> { auto slot_adj_0 = adj_h; auto slot_adj_1 = (slot_adj_0).ps; return slot_adj_1; }()), adj_v, [&](auto& _e) -> auto& { return _e.a; }, var_0);
    adj_h.ps = adj_1;
    // adj: h.ps[i].a = v                                                                     <L 68>
    // adj: i = wp.tid()                                                                      <L 67>
    // adj: def field_array_elements(h: Holder, v: float):                                    <L 66>
    return;
}



struct field_array_elements_af5b6028_cpu_block_payload_forward
{
    wp_args_field_array_elements_af5b6028* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void field_array_elements_af5b6028_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    field_array_elements_af5b6028_cpu_block_payload_forward* payload = (field_array_elements_af5b6028_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    field_array_elements_af5b6028_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void field_array_elements_af5b6028_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_field_array_elements_af5b6028 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        field_array_elements_af5b6028_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &field_array_elements_af5b6028_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct field_array_elements_af5b6028_cpu_block_payload_backward
{
    wp_args_field_array_elements_af5b6028* args;
    wp_args_field_array_elements_af5b6028* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void field_array_elements_af5b6028_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    field_array_elements_af5b6028_cpu_block_payload_backward* payload = (field_array_elements_af5b6028_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    field_array_elements_af5b6028_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void field_array_elements_af5b6028_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_field_array_elements_af5b6028 *_wp_args,
    wp_args_field_array_elements_af5b6028 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        field_array_elements_af5b6028_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &field_array_elements_af5b6028_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_element_updates_d3bab1cb {
    wp::array_t<P_52aeea2d> ps;
    wp::array_t<wp::float32> out;
    wp::mat_t<2, 2, wp::float32> m;
};


template <bool wp_linear_contiguous>
static void element_updates_d3bab1cb_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_element_updates_d3bab1cb *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<P_52aeea2d> var_ps = _wp_args->ps;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::mat_t<2, 2, wp::float32> var_m = _wp_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    P_52aeea2d* var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    P_52aeea2d* var_5;
    wp::vec_t<3, wp::float32>* var_6;
    const wp::int32 var_7 = 1;
    const wp::float32 var_8 = 2.0;
    P_52aeea2d* var_9;
    Leaf_07bbeb4f* var_10;
    const wp::float32 var_11 = 3.0;
    P_52aeea2d* var_12;
    const wp::float32 var_13 = 1.0;
    wp::vec_t<3, wp::float32> var_14;
    P_52aeea2d* var_15;
    P_52aeea2d* var_16;
    wp::vec_t<2, wp::int32>* var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 2;
    P_52aeea2d* var_20;
    Leaf_07bbeb4f* var_21;
    wp::array_t<wp::float32>* var_22;
    const wp::int32 var_23 = 1;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::array_t<wp::float32> var_26;
    wp::float32 var_27;
    //---------
    // forward
    // def element_updates(ps: wp.array(dtype=P), out: wp.array(dtype=float), m: wp.mat22):       <L 54>
    // i = wp.tid()                                                                           <L 55>
    var_0 = builtin_tid1d();
    // ps[i].a += out[i]                                                                      <L 56>
    var_1 = &(wp::index(var_ps, var_0));
    var_2 = wp::address(var_out, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    wp::array_atomic_add_slot(var_ps, var_3, [&](auto& _e) -> auto& { return _e.a; }, var_0);
    // ps[i].v.y -= 2.0                                                                       <L 57>
    var_5 = &(wp::index(var_ps, var_0));
    var_6 = &(wp::index(var_ps, var_0).v);
    wp::array_atomic_sub_slot(var_ps, var_8, [&](auto& _e) -> auto& { return _e.v.component_ref(var_7); }, var_0);
    // ps[i].leaf.w += 3.0                                                                    <L 58>
    var_9 = &(wp::index(var_ps, var_0));
    var_10 = &(wp::index(var_ps, var_0).leaf);
    wp::array_atomic_add_slot(var_ps, var_11, [&](auto& _e) -> auto& { return _e.leaf.w; }, var_0);
    // ps[i].v += wp.vec3(1.0)                                                                <L 59>
    var_12 = &(wp::index(var_ps, var_0));
    var_14 = wp::vec_t<3, wp::float32>(var_13);
    wp::array_atomic_add_slot(var_ps, var_14, [&](auto& _e) -> auto& { return _e.v; }, var_0);
    // ps[i].m += m                                                                           <L 60>
    var_15 = &(wp::index(var_ps, var_0));
    wp::array_atomic_add_slot(var_ps, var_m, [&](auto& _e) -> auto& { return _e.m; }, var_0);
    // ps[i].c.x += 2                                                                         <L 61>
    var_16 = &(wp::index(var_ps, var_0));
    var_17 = &(wp::index(var_ps, var_0).c);
    wp::array_atomic_add_slot(var_ps, var_19, [&](auto& _e) -> auto& { return _e.c.component_ref(var_18); }, var_0);
    // ps[i].leaf.x[1] += out[i]                                                              <L 62>
    var_20 = &(wp::index(var_ps, var_0));
    var_21 = &(wp::index(var_ps, var_0).leaf);
    var_22 = &((((*wp::address(var_ps, var_0))).leaf).x);
    var_24 = wp::address(var_out, var_0);
    var_26 = wp::load(var_22);
    var_27 = wp::load(var_24);
    var_25 = wp::atomic_add(var_26, var_23, var_27);
}



template <bool wp_linear_contiguous>
static void element_updates_d3bab1cb_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_element_updates_d3bab1cb *_wp_args,
    wp_args_element_updates_d3bab1cb *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<P_52aeea2d> var_ps = _wp_args->ps;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::mat_t<2, 2, wp::float32> var_m = _wp_args->m;
    wp::array_t<P_52aeea2d> adj_ps = _wp_adj_args->ps;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::mat_t<2, 2, wp::float32> adj_m = _wp_adj_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    P_52aeea2d* var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    P_52aeea2d* var_5;
    wp::vec_t<3, wp::float32>* var_6;
    const wp::int32 var_7 = 1;
    const wp::float32 var_8 = 2.0;
    P_52aeea2d* var_9;
    Leaf_07bbeb4f* var_10;
    const wp::float32 var_11 = 3.0;
    P_52aeea2d* var_12;
    const wp::float32 var_13 = 1.0;
    wp::vec_t<3, wp::float32> var_14;
    P_52aeea2d* var_15;
    P_52aeea2d* var_16;
    wp::vec_t<2, wp::int32>* var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 2;
    P_52aeea2d* var_20;
    Leaf_07bbeb4f* var_21;
    wp::array_t<wp::float32>* var_22;
    const wp::int32 var_23 = 1;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::array_t<wp::float32> var_26;
    wp::float32 var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    P_52aeea2d adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    P_52aeea2d adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    P_52aeea2d adj_9 = {};
    Leaf_07bbeb4f adj_10 = {};
    wp::float32 adj_11 = {};
    P_52aeea2d adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    P_52aeea2d adj_15 = {};
    P_52aeea2d adj_16 = {};
    wp::vec_t<2, wp::int32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    P_52aeea2d adj_20 = {};
    Leaf_07bbeb4f adj_21 = {};
    wp::array_t<wp::float32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::array_t<wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    //---------
    // forward
    // def element_updates(ps: wp.array(dtype=P), out: wp.array(dtype=float), m: wp.mat22):       <L 54>
    // i = wp.tid()                                                                           <L 55>
    var_0 = builtin_tid1d();
    // ps[i].a += out[i]                                                                      <L 56>
    var_1 = &(wp::index(var_ps, var_0));
    var_2 = wp::address(var_out, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // wp::array_atomic_add_slot(var_ps, var_3, [&](auto& _e) -> auto& { return _e.a; }, var_0);
    // ps[i].v.y -= 2.0                                                                       <L 57>
    var_5 = &(wp::index(var_ps, var_0));
    var_6 = &(wp::index(var_ps, var_0).v);
    // wp::array_atomic_sub_slot(var_ps, var_8, [&](auto& _e) -> auto& { return _e.v.component_ref(var_7); }, var_0);
    // ps[i].leaf.w += 3.0                                                                    <L 58>
    var_9 = &(wp::index(var_ps, var_0));
    var_10 = &(wp::index(var_ps, var_0).leaf);
    // wp::array_atomic_add_slot(var_ps, var_11, [&](auto& _e) -> auto& { return _e.leaf.w; }, var_0);
    // ps[i].v += wp.vec3(1.0)                                                                <L 59>
    var_12 = &(wp::index(var_ps, var_0));
    var_14 = wp::vec_t<3, wp::float32>(var_13);
    // wp::array_atomic_add_slot(var_ps, var_14, [&](auto& _e) -> auto& { return _e.v; }, var_0);
    // ps[i].m += m                                                                           <L 60>
    var_15 = &(wp::index(var_ps, var_0));
    // wp::array_atomic_add_slot(var_ps, var_m, [&](auto& _e) -> auto& { return _e.m; }, var_0);
    // ps[i].c.x += 2                                                                         <L 61>
    var_16 = &(wp::index(var_ps, var_0));
    var_17 = &(wp::index(var_ps, var_0).c);
    // wp::array_atomic_add_slot(var_ps, var_19, [&](auto& _e) -> auto& { return _e.c.component_ref(var_18); }, var_0);
    // ps[i].leaf.x[1] += out[i]                                                              <L 62>
    var_20 = &(wp::index(var_ps, var_0));
    var_21 = &(wp::index(var_ps, var_0).leaf);
    var_22 = &((((*wp::address(var_ps, var_0))).leaf).x);
    var_24 = wp::address(var_out, var_0);
    var_26 = wp::load(var_22);
    var_27 = wp::load(var_24);
    // var_25 = wp::atomic_add(var_26, var_23, var_27);
    //---------
    // reverse
    wp::adj_atomic_add(var_26, var_23, var_27, adj_22, adj_23, adj_24, adj_25);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_24);
    adj_21.x = adj_22;
    // adj: ps[i].leaf.x[1] += out[i]                                                         <L 62>
    wp::adj_array_atomic_add_slot(var_ps, adj_ps, adj_19, [&](auto& _e) -> auto& { return _e.c.component_ref(var_18); }, var_0);
    // adj: ps[i].c.x += 2                                                                    <L 61>
    wp::adj_array_atomic_add_slot(var_ps, adj_ps, adj_m, [&](auto& _e) -> auto& { return _e.m; }, var_0);
    // adj: ps[i].m += m                                                                      <L 60>
    wp::adj_array_atomic_add_slot(var_ps, adj_ps, adj_14, [&](auto& _e) -> auto& { return _e.v; }, var_0);
    wp::adj_vec_t(var_13, adj_13, adj_14);
    // adj: ps[i].v += wp.vec3(1.0)                                                           <L 59>
    wp::adj_array_atomic_add_slot(var_ps, adj_ps, adj_11, [&](auto& _e) -> auto& { return _e.leaf.w; }, var_0);
    // adj: ps[i].leaf.w += 3.0                                                               <L 58>
    wp::adj_array_atomic_sub_slot(var_ps, adj_ps, adj_8, [&](auto& _e) -> auto& { return _e.v.component_ref(var_7); }, var_0);
    // adj: ps[i].v.y -= 2.0                                                                  <L 57>
    wp::adj_array_atomic_add_slot(var_ps, adj_ps, adj_3, [&](auto& _e) -> auto& { return _e.a; }, var_0);
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_2);
    // adj: ps[i].a += out[i]                                                                 <L 56>
    // adj: i = wp.tid()                                                                      <L 55>
    // adj: def element_updates(ps: wp.array(dtype=P), out: wp.array(dtype=float), m: wp.mat22):  <L 54>
    return;
}



struct element_updates_d3bab1cb_cpu_block_payload_forward
{
    wp_args_element_updates_d3bab1cb* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void element_updates_d3bab1cb_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    element_updates_d3bab1cb_cpu_block_payload_forward* payload = (element_updates_d3bab1cb_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    element_updates_d3bab1cb_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void element_updates_d3bab1cb_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_element_updates_d3bab1cb *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        element_updates_d3bab1cb_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &element_updates_d3bab1cb_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct element_updates_d3bab1cb_cpu_block_payload_backward
{
    wp_args_element_updates_d3bab1cb* args;
    wp_args_element_updates_d3bab1cb* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void element_updates_d3bab1cb_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    element_updates_d3bab1cb_cpu_block_payload_backward* payload = (element_updates_d3bab1cb_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    element_updates_d3bab1cb_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void element_updates_d3bab1cb_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_element_updates_d3bab1cb *_wp_args,
    wp_args_element_updates_d3bab1cb *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        element_updates_d3bab1cb_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &element_updates_d3bab1cb_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

