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


// warpsynth/warp_module_constants.py:11
static wp::float32 wave_0(
    wp::float32 var_x,
    wp::float32 var_k)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 6.283185307179586;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.6931471805599453;
    const wp::float32 var_5 = -0.6931471805599453;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def wave(x: float, k: float):                                                          <L 12>
    // return wp.sin(wp.TAU * k * x) * wp.exp(-wp.ln2 * x)                                    <L 13>
    var_1 = wp::mul(var_0, var_k);
    var_2 = wp::mul(var_1, var_x);
    var_3 = wp::sin(var_2);
    var_6 = wp::mul(var_5, var_x);
    var_7 = wp::exp(var_6);
    var_8 = wp::mul(var_3, var_7);
    return var_8;
}


// warpsynth/warp_module_constants.py:23
static wp::float32 clamp_finite_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    bool var_0;
    const wp::float32 var_1 = NAN;
    const wp::float32 var_2 = INFINITY;
    const wp::float32 var_3 = INFINITY;
    wp::float32 var_4;
    //---------
    // forward
    // def clamp_finite(x: float):                                                            <L 24>
    // if wp.isnan(x):                                                                        <L 25>
    var_0 = wp::isnan(var_x);
    if (var_0) {
        // return wp.NAN                                                                      <L 26>
        return var_1;
    }
    // return wp.min(x, wp.INF)                                                               <L 27>
    var_4 = wp::min(var_x, var_3);
    return var_4;
}


// warpsynth/warp_module_constants.py:11
static void adj_wave_0(
    wp::float32 var_x,
    wp::float32 var_k,
    wp::float32 & adj_x,
    wp::float32 & adj_k,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 6.283185307179586;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.6931471805599453;
    const wp::float32 var_5 = -0.6931471805599453;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def wave(x: float, k: float):                                                          <L 12>
    // return wp.sin(wp.TAU * k * x) * wp.exp(-wp.ln2 * x)                                    <L 13>
    var_1 = wp::mul(var_0, var_k);
    var_2 = wp::mul(var_1, var_x);
    var_3 = wp::sin(var_2);
    var_6 = wp::mul(var_5, var_x);
    var_7 = wp::exp(var_6);
    var_8 = wp::mul(var_3, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_mul(var_3, var_7, adj_3, adj_7, adj_8);
    wp::adj_exp(var_6, var_7, adj_6, adj_7);
    wp::adj_mul(var_5, var_x, adj_5, adj_x, adj_6);
    wp::adj_sin(var_2, adj_2, adj_3);
    wp::adj_mul(var_1, var_x, adj_1, adj_x, adj_2);
    wp::adj_mul(var_0, var_k, adj_0, adj_k, adj_1);
    // adj: return wp.sin(wp.TAU * k * x) * wp.exp(-wp.ln2 * x)                               <L 13>
    // adj: def wave(x: float, k: float):                                                     <L 12>
    return;
}


// warpsynth/warp_module_constants.py:23
static void adj_clamp_finite_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    bool var_0;
    const wp::float32 var_1 = NAN;
    const wp::float32 var_2 = INFINITY;
    const wp::float32 var_3 = INFINITY;
    wp::float32 var_4;
    //---------
    // dual vars
    bool adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def clamp_finite(x: float):                                                            <L 24>
    // if wp.isnan(x):                                                                        <L 25>
    var_0 = wp::isnan(var_x);
    if (var_0) {
        // return wp.NAN                                                                      <L 26>
        goto label0;
    }
    // return wp.min(x, wp.INF)                                                               <L 27>
    var_4 = wp::min(var_x, var_3);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_4 += adj_ret;
    wp::adj_min(var_x, var_3, adj_x, adj_3, adj_4);
    // adj: return wp.min(x, wp.INF)                                                          <L 27>
    if (var_0) {
        label0:;
        adj_1 += adj_ret;
        // adj: return wp.NAN                                                                 <L 26>
    }
    // adj: if wp.isnan(x):                                                                   <L 25>
    // adj: def clamp_finite(x: float):                                                       <L 24>
    return;
}

struct wp_args_k_a572bfda {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<2, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void k_a572bfda_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_a572bfda *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 2.0;
    const wp::float32 var_2 = 3.141592653589793;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.5707963267948966;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32* var_10;
    const wp::float32 var_11 = 2.718281828459045;
    const wp::float32 var_12 = 2.718281828459045;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32> var_15;
    const wp::float32 var_16 = 1.618033988749895;
    const wp::float32 var_17 = 1.618033988749895;
    const wp::float32 var_18 = 1.4426950408889634;
    const wp::float32 var_19 = 1.4426950408889634;
    wp::float32 var_20;
    wp::vec_t<2, wp::float32> var_21;
    const wp::float32 var_22 = 0.4342944819032518;
    const wp::float32 var_23 = 0.4342944819032518;
    const wp::float32 var_24 = 2.302585092994046;
    const wp::float32 var_25 = 2.302585092994046;
    wp::vec_t<2, wp::float32> var_26;
    wp::vec_t<2, wp::float32> var_27;
    const wp::float32 var_28 = 3.141592653589793;
    const wp::float32 var_29 = 3.141592653589793;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.7853981633974483;
    wp::float32 var_32;
    const wp::vec_t<3, wp::float32> var_33 = wp::initializer_array<3,wp::float32>{6.2831854820251465, 0.0, 2.7182817459106445};
    const wp::int32 var_34 = 2;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32* var_37;
    const wp::float32 var_38 = INFINITY;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    //---------
    // forward
    // def k(a: wp.array1d(dtype=float), out: wp.array(dtype=wp.vec2)):                       <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // theta = 2.0 * wp.pi * a[i] + wp.half_pi                                                <L 19>
    var_3 = wp::mul(var_1, var_2);
    var_4 = wp::address(var_a, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_3, var_6);
    var_8 = wp::add(var_5, var_7);
    // out[i] = wp.vec2(wp.cos(theta), wave(a[i], wp.e)) * wp.max(wp.phi, wp.log2e) + wp.vec2(wp.LOG10E, wp.LN10)       <L 20>
    var_9 = wp::cos(var_8);
    var_10 = wp::address(var_a, var_0);
    var_14 = wp::load(var_10);
    var_13 = wave_0(var_14, var_12);
    var_15 = wp::vec_t<2, wp::float32>(var_9, var_13);
    var_20 = wp::max(var_17, var_19);
    var_21 = wp::mul(var_15, var_20);
    var_26 = wp::vec_t<2, wp::float32>(var_23, var_25);
    var_27 = wp::add(var_21, var_26);
    wp::array_store(var_out, var_0, var_27);
    // a[i] = wp.min(theta, wp.PI) + QUARTER_TURN + AXIS[2] + wp.min(a[i], LIMIT)             <L 21>
    var_30 = wp::min(var_8, var_29);
    var_32 = wp::add(var_30, var_31);
    var_35 = wp::extract(var_33, var_34);
    var_36 = wp::add(var_32, var_35);
    var_37 = wp::address(var_a, var_0);
    var_40 = wp::load(var_37);
    var_39 = wp::min(var_40, var_38);
    var_41 = wp::add(var_36, var_39);
    wp::array_store(var_a, var_0, var_41);
}



template <bool wp_linear_contiguous>
static void k_a572bfda_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_a572bfda *_wp_args,
    wp_args_k_a572bfda *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 2.0;
    const wp::float32 var_2 = 3.141592653589793;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.5707963267948966;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32* var_10;
    const wp::float32 var_11 = 2.718281828459045;
    const wp::float32 var_12 = 2.718281828459045;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32> var_15;
    const wp::float32 var_16 = 1.618033988749895;
    const wp::float32 var_17 = 1.618033988749895;
    const wp::float32 var_18 = 1.4426950408889634;
    const wp::float32 var_19 = 1.4426950408889634;
    wp::float32 var_20;
    wp::vec_t<2, wp::float32> var_21;
    const wp::float32 var_22 = 0.4342944819032518;
    const wp::float32 var_23 = 0.4342944819032518;
    const wp::float32 var_24 = 2.302585092994046;
    const wp::float32 var_25 = 2.302585092994046;
    wp::vec_t<2, wp::float32> var_26;
    wp::vec_t<2, wp::float32> var_27;
    const wp::float32 var_28 = 3.141592653589793;
    const wp::float32 var_29 = 3.141592653589793;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.7853981633974483;
    wp::float32 var_32;
    const wp::vec_t<3, wp::float32> var_33 = wp::initializer_array<3,wp::float32>{6.2831854820251465, 0.0, 2.7182817459106445};
    const wp::int32 var_34 = 2;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32* var_37;
    const wp::float32 var_38 = INFINITY;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<2, wp::float32> adj_26 = {};
    wp::vec_t<2, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    //---------
    // forward
    // def k(a: wp.array1d(dtype=float), out: wp.array(dtype=wp.vec2)):                       <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // theta = 2.0 * wp.pi * a[i] + wp.half_pi                                                <L 19>
    var_3 = wp::mul(var_1, var_2);
    var_4 = wp::address(var_a, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_3, var_6);
    var_8 = wp::add(var_5, var_7);
    // out[i] = wp.vec2(wp.cos(theta), wave(a[i], wp.e)) * wp.max(wp.phi, wp.log2e) + wp.vec2(wp.LOG10E, wp.LN10)       <L 20>
    var_9 = wp::cos(var_8);
    var_10 = wp::address(var_a, var_0);
    var_14 = wp::load(var_10);
    var_13 = wave_0(var_14, var_12);
    var_15 = wp::vec_t<2, wp::float32>(var_9, var_13);
    var_20 = wp::max(var_17, var_19);
    var_21 = wp::mul(var_15, var_20);
    var_26 = wp::vec_t<2, wp::float32>(var_23, var_25);
    var_27 = wp::add(var_21, var_26);
    // wp::array_store(var_out, var_0, var_27);
    // a[i] = wp.min(theta, wp.PI) + QUARTER_TURN + AXIS[2] + wp.min(a[i], LIMIT)             <L 21>
    var_30 = wp::min(var_8, var_29);
    var_32 = wp::add(var_30, var_31);
    var_35 = wp::extract(var_33, var_34);
    var_36 = wp::add(var_32, var_35);
    var_37 = wp::address(var_a, var_0);
    var_40 = wp::load(var_37);
    var_39 = wp::min(var_40, var_38);
    var_41 = wp::add(var_36, var_39);
    // wp::array_store(var_a, var_0, var_41);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_41, adj_a, adj_0, adj_41);
    wp::adj_add(var_36, var_39, adj_36, adj_39, adj_41);
    wp::adj_min(var_40, var_38, adj_37, adj_38, adj_39);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_37);
    wp::adj_add(var_32, var_35, adj_32, adj_35, adj_36);
    wp::adj_extract(var_33, var_34, adj_33, adj_34, adj_35);
    wp::adj_add(var_30, var_31, adj_30, adj_31, adj_32);
    wp::adj_min(var_8, var_29, adj_8, adj_29, adj_30);
    // adj: a[i] = wp.min(theta, wp.PI) + QUARTER_TURN + AXIS[2] + wp.min(a[i], LIMIT)        <L 21>
    wp::adj_array_store(var_out, var_0, var_27, adj_out, adj_0, adj_27);
    wp::adj_add(var_21, var_26, adj_21, adj_26, adj_27);
    wp::adj_vec_t(var_23, var_25, adj_23, adj_25, adj_26);
    wp::adj_mul(var_15, var_20, adj_15, adj_20, adj_21);
    wp::adj_max(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_vec_t(var_9, var_13, adj_9, adj_13, adj_15);
    adj_wave_0(var_14, var_12, adj_10, adj_12, adj_13);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_10);
    wp::adj_cos(var_8, adj_8, adj_9);
    // adj: out[i] = wp.vec2(wp.cos(theta), wave(a[i], wp.e)) * wp.max(wp.phi, wp.log2e) + wp.vec2(wp.LOG10E, wp.LN10)  <L 20>
    wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
    wp::adj_mul(var_3, var_6, adj_3, adj_4, adj_5);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_4);
    wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
    // adj: theta = 2.0 * wp.pi * a[i] + wp.half_pi                                           <L 19>
    // adj: i = wp.tid()                                                                      <L 18>
    // adj: def k(a: wp.array1d(dtype=float), out: wp.array(dtype=wp.vec2)):                  <L 17>
    return;
}



struct k_a572bfda_cpu_block_payload_forward
{
    wp_args_k_a572bfda* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_a572bfda_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_a572bfda_cpu_block_payload_forward* payload = (k_a572bfda_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_a572bfda_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_a572bfda_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_a572bfda *_wp_args)
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
        k_a572bfda_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_a572bfda_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_a572bfda_cpu_block_payload_backward
{
    wp_args_k_a572bfda* args;
    wp_args_k_a572bfda* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_a572bfda_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_a572bfda_cpu_block_payload_backward* payload = (k_a572bfda_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_a572bfda_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_a572bfda_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_a572bfda *_wp_args,
    wp_args_k_a572bfda *_wp_adj_args)
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
        k_a572bfda_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_a572bfda_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_k2_c01a67c4 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float64> b;
};


template <bool wp_linear_contiguous>
static void k2_c01a67c4_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k2_c01a67c4 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = INFINITY;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = NAN;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = INFINITY;
    wp::float64 var_11;
    const wp::float32 var_12 = INFINITY;
    wp::float64 var_13;
    wp::float64 var_14;
    //---------
    // forward
    // def k2(a: wp.array1d(dtype=float), b: wp.array1d(dtype=wp.float64)):                   <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // best = wp.inf                                                                          <L 33>
    // best = wp.min(best, a[i])                                                              <L 34>
    var_2 = wp::address(var_a, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::min(var_1, var_4);
    // a[i] = clamp_finite(best) + wp.nan * 0.0                                               <L 35>
    var_5 = clamp_finite_0(var_3);
    var_8 = wp::mul(var_6, var_7);
    var_9 = wp::add(var_5, var_8);
    wp::array_store(var_a, var_0, var_9);
    // b[i] = wp.float64(wp.inf) - wp.float64(-wp.inf)                                        <L 36>
    var_11 = INFINITY;
    var_13 = -INFINITY;
    var_14 = wp::sub(var_11, var_13);
    wp::array_store(var_b, var_0, var_14);
}



template <bool wp_linear_contiguous>
static void k2_c01a67c4_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k2_c01a67c4 *_wp_args,
    wp_args_k2_c01a67c4 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float64> adj_b = _wp_adj_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = INFINITY;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = NAN;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = INFINITY;
    wp::float64 var_11;
    const wp::float32 var_12 = INFINITY;
    wp::float64 var_13;
    wp::float64 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float64 adj_14 = {};
    //---------
    // forward
    // def k2(a: wp.array1d(dtype=float), b: wp.array1d(dtype=wp.float64)):                   <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // best = wp.inf                                                                          <L 33>
    // best = wp.min(best, a[i])                                                              <L 34>
    var_2 = wp::address(var_a, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::min(var_1, var_4);
    // a[i] = clamp_finite(best) + wp.nan * 0.0                                               <L 35>
    var_5 = clamp_finite_0(var_3);
    var_8 = wp::mul(var_6, var_7);
    var_9 = wp::add(var_5, var_8);
    // wp::array_store(var_a, var_0, var_9);
    // b[i] = wp.float64(wp.inf) - wp.float64(-wp.inf)                                        <L 36>
    var_11 = INFINITY;
    var_13 = -INFINITY;
    var_14 = wp::sub(var_11, var_13);
    // wp::array_store(var_b, var_0, var_14);
    //---------
    // reverse
    wp::adj_array_store(var_b, var_0, var_14, adj_b, adj_0, adj_14);
    wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
    // adj: b[i] = wp.float64(wp.inf) - wp.float64(-wp.inf)                                   <L 36>
    wp::adj_array_store(var_a, var_0, var_9, adj_a, adj_0, adj_9);
    wp::adj_add(var_5, var_8, adj_5, adj_8, adj_9);
    wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
    adj_clamp_finite_0(var_3, adj_3, adj_5);
    // adj: a[i] = clamp_finite(best) + wp.nan * 0.0                                          <L 35>
    wp::adj_min(var_1, var_4, adj_1, adj_2, adj_3);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_2);
    // adj: best = wp.min(best, a[i])                                                         <L 34>
    // adj: best = wp.inf                                                                     <L 33>
    // adj: i = wp.tid()                                                                      <L 32>
    // adj: def k2(a: wp.array1d(dtype=float), b: wp.array1d(dtype=wp.float64)):              <L 31>
    return;
}



struct k2_c01a67c4_cpu_block_payload_forward
{
    wp_args_k2_c01a67c4* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k2_c01a67c4_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k2_c01a67c4_cpu_block_payload_forward* payload = (k2_c01a67c4_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k2_c01a67c4_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k2_c01a67c4_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k2_c01a67c4 *_wp_args)
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
        k2_c01a67c4_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k2_c01a67c4_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k2_c01a67c4_cpu_block_payload_backward
{
    wp_args_k2_c01a67c4* args;
    wp_args_k2_c01a67c4* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k2_c01a67c4_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k2_c01a67c4_cpu_block_payload_backward* payload = (k2_c01a67c4_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k2_c01a67c4_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k2_c01a67c4_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k2_c01a67c4 *_wp_args,
    wp_args_k2_c01a67c4 *_wp_adj_args)
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
        k2_c01a67c4_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k2_c01a67c4_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

