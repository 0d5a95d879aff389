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


// warpsynth/generic_overload_reuse.py:0
static wp::int32 size0_0(
    wp::array_t<wp::float32> var_a)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    //---------
    // forward
    // def size0(a: wp.array(dtype=Any)):                                                     <L 1>
    // return a.shape[0]                                                                      <L 2>
    var_0 = &(var_a.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    return var_2;
}


// warpsynth/generic_overload_reuse.py:0
static wp::int32 size0_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_a)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    //---------
    // forward
    // def size0(a: wp.array(dtype=Any)):                                                     <L 1>
    // return a.shape[0]                                                                      <L 2>
    var_0 = &(var_a.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    return var_2;
}


// warpsynth/generic_overload_reuse.py:0
static wp::int32 outer_0(
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b)
{
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    //---------
    // forward
    // def outer(a: Any, b: Any):                                                             <L 1>
    // return size0(a) + size0(b)                                                             <L 2>
    var_0 = size0_0(var_a);
    var_1 = size0_0(var_b);
    var_2 = wp::add(var_0, var_1);
    return var_2;
}


// warpsynth/generic_overload_reuse.py:0
static wp::float32 scaled_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 4.0;
    wp::float32 var_1;
    //---------
    // forward
    // def scaled(x: Any):                                                                    <L 1>
    // return x * wp.static(float(K) * 2.0)                                                   <L 2>
    var_1 = wp::mul(var_x, var_0);
    return var_1;
}


// warpsynth/generic_overload_reuse.py:0
static wp::int32 corner_0(
    wp::array_t<wp::float32> var_a)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::shape_t var_3;
    //---------
    // forward
    // def corner(a: Any):                                                                    <L 1>
    // return a.shape[1]                                                                      <L 2>
    var_0 = &(var_a.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    return var_2;
}


// warpsynth/generic_overload_reuse.py:0
static void noop_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    //---------
    // forward
    // def noop(x: Any):                                                                      <L 1>
    // pass                                                                                   <L 2>
}


// warpsynth/generic_overload_reuse.py:0
static void noop_0(
    wp::vec_t<3, wp::float32> var_x)
{
    //---------
    // primal vars
    //---------
    // forward
    // def noop(x: Any):                                                                      <L 1>
    // pass                                                                                   <L 2>
}


// warpsynth/generic_overload_reuse.py:0
static wp::vec_t<3, wp::float32> scaled_0(
    wp::vec_t<3, wp::float32> var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 4.0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def scaled(x: Any):                                                                    <L 1>
    // return x * wp.static(float(K) * 2.0)                                                   <L 2>
    var_1 = wp::mul(var_x, var_0);
    return var_1;
}


// warpsynth/generic_overload_reuse.py:0
static wp::int32 outer_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::float32> var_b)
{
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    //---------
    // forward
    // def outer(a: Any, b: Any):                                                             <L 1>
    // return size0(a) + size0(b)                                                             <L 2>
    var_0 = size0_0(var_a);
    var_1 = size0_0(var_b);
    var_2 = wp::add(var_0, var_1);
    return var_2;
}


// warpsynth/generic_overload_reuse.py:0
static void adj_size0_0(
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> & adj_a,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    //---------
    // dual vars
    wp::shape_t adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::shape_t adj_3 = {};
    //---------
    // forward
    // def size0(a: wp.array(dtype=Any)):                                                     <L 1>
    // return a.shape[0]                                                                      <L 2>
    var_0 = &(var_a.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    adj_a.shape = adj_0;
    // adj: return a.shape[0]                                                                 <L 2>
    // adj: def size0(a: wp.array(dtype=Any)):                                                <L 1>
    return;
}


// warpsynth/generic_overload_reuse.py:0
static void adj_size0_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_a,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    //---------
    // dual vars
    wp::shape_t adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::shape_t adj_3 = {};
    //---------
    // forward
    // def size0(a: wp.array(dtype=Any)):                                                     <L 1>
    // return a.shape[0]                                                                      <L 2>
    var_0 = &(var_a.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    adj_a.shape = adj_0;
    // adj: return a.shape[0]                                                                 <L 2>
    // adj: def size0(a: wp.array(dtype=Any)):                                                <L 1>
    return;
}


// warpsynth/generic_overload_reuse.py:0
static void adj_outer_0(
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::float32> & adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_b,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// warpsynth/generic_overload_reuse.py:0
static void adj_scaled_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 4.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def scaled(x: Any):                                                                    <L 1>
    // return x * wp.static(float(K) * 2.0)                                                   <L 2>
    var_1 = wp::mul(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x * wp.static(float(K) * 2.0)                                              <L 2>
    // adj: def scaled(x: Any):                                                               <L 1>
    return;
}


// warpsynth/generic_overload_reuse.py:0
static void adj_corner_0(
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> & adj_a,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// warpsynth/generic_overload_reuse.py:0
static void adj_noop_0(
    wp::float32 var_x,
    wp::float32 & adj_x)
{
    //---------
    // primal vars
    //---------
    // dual vars
    //---------
    // forward
    // def noop(x: Any):                                                                      <L 1>
    // pass                                                                                   <L 2>
    //---------
    // reverse
    // adj: pass                                                                              <L 2>
    // adj: def noop(x: Any):                                                                 <L 1>
    return;
}


// warpsynth/generic_overload_reuse.py:0
static void adj_noop_0(
    wp::vec_t<3, wp::float32> var_x,
    wp::vec_t<3, wp::float32> & adj_x)
{
    //---------
    // primal vars
    //---------
    // dual vars
    //---------
    // forward
    // def noop(x: Any):                                                                      <L 1>
    // pass                                                                                   <L 2>
    //---------
    // reverse
    // adj: pass                                                                              <L 2>
    // adj: def noop(x: Any):                                                                 <L 1>
    return;
}


// warpsynth/generic_overload_reuse.py:0
static void adj_scaled_0(
    wp::vec_t<3, wp::float32> var_x,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 4.0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def scaled(x: Any):                                                                    <L 1>
    // return x * wp.static(float(K) * 2.0)                                                   <L 2>
    var_1 = wp::mul(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x * wp.static(float(K) * 2.0)                                              <L 2>
    // adj: def scaled(x: Any):                                                               <L 1>
    return;
}


// warpsynth/generic_overload_reuse.py:0
static void adj_outer_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_a,
    wp::array_t<wp::float32> & adj_b,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    //---------
    // forward
    // def outer(a: Any, b: Any):                                                             <L 1>
    // return size0(a) + size0(b)                                                             <L 2>
    var_0 = size0_0(var_a);
    var_1 = size0_0(var_b);
    var_2 = wp::add(var_0, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    adj_size0_0(var_b, adj_b, adj_1);
    adj_size0_0(var_a, adj_a, adj_0);
    // adj: return size0(a) + size0(b)                                                        <L 2>
    // adj: def outer(a: Any, b: Any):                                                        <L 1>
    return;
}

struct wp_args_k_fwd_5e44693e {
    wp::array_t<wp::float32> f;
    wp::array_t<wp::float32> g;
    wp::array_t<wp::vec_t<3, wp::float32>> h;
};


template <bool wp_linear_contiguous>
static void k_fwd_5e44693e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_fwd_5e44693e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_g = _wp_args->g;
    wp::array_t<wp::vec_t<3, wp::float32>> var_h = _wp_args->h;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 3.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32* var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // forward
    // def k_fwd(f: wp.array(dtype=float), g: wp.array2d(dtype=float), h: wp.array(dtype=wp.vec3)):       <L 39>
    // i = wp.tid()                                                                           <L 40>
    var_0 = builtin_tid1d();
    // f[i] = float(size0(f) + size0(g) + outer(f, h)) + scaled(C)                            <L 42>
    var_1 = size0_0(var_f);
    var_2 = size0_0(var_g);
    var_3 = wp::add(var_1, var_2);
    var_4 = outer_0(var_f, var_h);
    var_5 = wp::add(var_3, var_4);
    var_6 = wp::float(var_5);
    var_8 = scaled_0(var_7);
    var_9 = wp::add(var_6, var_8);
    wp::array_store(var_f, var_0, var_9);
    // f[i] = f[i] + float(corner(g) + corner(f))                                             <L 44>
    var_10 = wp::address(var_f, var_0);
    var_11 = corner_0(var_g);
    var_12 = corner_0(var_f);
    var_13 = wp::add(var_11, var_12);
    var_14 = wp::float(var_13);
    var_16 = wp::load(var_10);
    var_15 = wp::add(var_16, var_14);
    wp::array_store(var_f, var_0, var_15);
}



struct k_fwd_5e44693e_cpu_block_payload_forward
{
    wp_args_k_fwd_5e44693e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_fwd_5e44693e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_fwd_5e44693e_cpu_block_payload_forward* payload = (k_fwd_5e44693e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_fwd_5e44693e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_fwd_5e44693e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_fwd_5e44693e *_wp_args)
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
        k_fwd_5e44693e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_fwd_5e44693e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_k_bwd_daad7bd4 {
    wp::array_t<wp::float32> f;
    wp::array_t<wp::vec_t<3, wp::float32>> h;
};


template <bool wp_linear_contiguous>
static void k_bwd_daad7bd4_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_bwd_daad7bd4 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_h = _wp_args->h;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::int32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def k_bwd(f: wp.array(dtype=float), h: wp.array(dtype=wp.vec3)):                       <L 48>
    // i = wp.tid()                                                                           <L 49>
    var_0 = builtin_tid1d();
    // noop(f[i])                                                                             <L 50>
    var_1 = wp::address(var_f, var_0);
    var_2 = wp::load(var_1);
    noop_0(var_2);
    // noop(h[i])                                                                             <L 51>
    var_3 = wp::address(var_h, var_0);
    var_4 = wp::load(var_3);
    noop_0(var_4);
    // h[i] = scaled(h[i]) * scaled(f[i])                                                     <L 52>
    var_5 = wp::address(var_h, var_0);
    var_7 = wp::load(var_5);
    var_6 = scaled_0(var_7);
    var_8 = wp::address(var_f, var_0);
    var_10 = wp::load(var_8);
    var_9 = scaled_0(var_10);
    var_11 = wp::mul(var_6, var_9);
    wp::array_store(var_h, var_0, var_11);
    // f[i] = float(outer(h, f)) + scaled(f[i])                                               <L 53>
    var_12 = outer_0(var_h, var_f);
    var_13 = wp::float(var_12);
    var_14 = wp::address(var_f, var_0);
    var_16 = wp::load(var_14);
    var_15 = scaled_0(var_16);
    var_17 = wp::add(var_13, var_15);
    wp::array_store(var_f, var_0, var_17);
}



template <bool wp_linear_contiguous>
static void k_bwd_daad7bd4_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_bwd_daad7bd4 *_wp_args,
    wp_args_k_bwd_daad7bd4 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_h = _wp_args->h;
    wp::array_t<wp::float32> adj_f = _wp_adj_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_h = _wp_adj_args->h;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::int32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def k_bwd(f: wp.array(dtype=float), h: wp.array(dtype=wp.vec3)):                       <L 48>
    // i = wp.tid()                                                                           <L 49>
    var_0 = builtin_tid1d();
    // noop(f[i])                                                                             <L 50>
    var_1 = wp::address(var_f, var_0);
    var_2 = wp::load(var_1);
    noop_0(var_2);
    // noop(h[i])                                                                             <L 51>
    var_3 = wp::address(var_h, var_0);
    var_4 = wp::load(var_3);
    noop_0(var_4);
    // h[i] = scaled(h[i]) * scaled(f[i])                                                     <L 52>
    var_5 = wp::address(var_h, var_0);
    var_7 = wp::load(var_5);
    var_6 = scaled_0(var_7);
    var_8 = wp::address(var_f, var_0);
    var_10 = wp::load(var_8);
    var_9 = scaled_0(var_10);
    var_11 = wp::mul(var_6, var_9);
    // wp::array_store(var_h, var_0, var_11);
    // f[i] = float(outer(h, f)) + scaled(f[i])                                               <L 53>
    var_12 = outer_0(var_h, var_f);
    var_13 = wp::float(var_12);
    var_14 = wp::address(var_f, var_0);
    var_16 = wp::load(var_14);
    var_15 = scaled_0(var_16);
    var_17 = wp::add(var_13, var_15);
    // wp::array_store(var_f, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_f, var_0, var_17, adj_f, adj_0, adj_17);
    wp::adj_add(var_13, var_15, adj_13, adj_15, adj_17);
    adj_scaled_0(var_16, adj_14, adj_15);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_14);
    wp::adj_float(var_12, adj_12, adj_13);
    adj_outer_0(var_h, var_f, adj_h, adj_f, adj_12);
    // adj: f[i] = float(outer(h, f)) + scaled(f[i])                                          <L 53>
    wp::adj_array_store(var_h, var_0, var_11, adj_h, adj_0, adj_11);
    wp::adj_mul(var_6, var_9, adj_6, adj_9, adj_11);
    adj_scaled_0(var_10, adj_8, adj_9);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_8);
    adj_scaled_0(var_7, adj_5, adj_6);
    wp::adj_address(var_h, var_0, adj_h, adj_0, adj_5);
    // adj: h[i] = scaled(h[i]) * scaled(f[i])                                                <L 52>
    adj_noop_0(var_4, adj_3);
    wp::adj_address(var_h, var_0, adj_h, adj_0, adj_3);
    // adj: noop(h[i])                                                                        <L 51>
    adj_noop_0(var_2, adj_1);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_1);
    // adj: noop(f[i])                                                                        <L 50>
    // adj: i = wp.tid()                                                                      <L 49>
    // adj: def k_bwd(f: wp.array(dtype=float), h: wp.array(dtype=wp.vec3)):                  <L 48>
    return;
}



struct k_bwd_daad7bd4_cpu_block_payload_forward
{
    wp_args_k_bwd_daad7bd4* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_bwd_daad7bd4_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_bwd_daad7bd4_cpu_block_payload_forward* payload = (k_bwd_daad7bd4_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_bwd_daad7bd4_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_bwd_daad7bd4_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_bwd_daad7bd4 *_wp_args)
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
        k_bwd_daad7bd4_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_bwd_daad7bd4_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_bwd_daad7bd4_cpu_block_payload_backward
{
    wp_args_k_bwd_daad7bd4* args;
    wp_args_k_bwd_daad7bd4* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_bwd_daad7bd4_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_bwd_daad7bd4_cpu_block_payload_backward* payload = (k_bwd_daad7bd4_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_bwd_daad7bd4_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_bwd_daad7bd4_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_bwd_daad7bd4 *_wp_args,
    wp_args_k_bwd_daad7bd4 *_wp_adj_args)
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
        k_bwd_daad7bd4_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_bwd_daad7bd4_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

