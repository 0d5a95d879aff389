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


// warpsynth/func_keywords_defaults.py:4
static wp::float32 scaled_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_i,
    wp::float32 var_scale,
    wp::int32 var_k)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def scaled(a: wp.array(dtype=float), i: int, scale: float = 3.0, k: int = 2):          <L 5>
    // return a[i] * scale + float(k)                                                         <L 6>
    var_0 = wp::address(var_a, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_scale);
    var_3 = wp::float(var_k);
    var_4 = wp::add(var_1, var_3);
    return var_4;
}


// warpsynth/func_keywords_defaults.py:9
static wp::float32 offset_0(
    wp::float32 var_x,
    wp::float32 var_lo,
    bool var_flip,
    wp::int32 var_n)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def offset(x: float, lo: float = -1.5, flip: bool = False, n: int = -3):               <L 10>
    // if flip:                                                                               <L 11>
    if (var_flip) {
        // return lo - x + float(n)                                                           <L 12>
        var_0 = wp::sub(var_lo, var_x);
        var_1 = wp::float(var_n);
        var_2 = wp::add(var_0, var_1);
        return var_2;
    }
    // return x + lo                                                                          <L 13>
    var_3 = wp::add(var_x, var_lo);
    return var_3;
}


// warpsynth/func_keywords_defaults.py:16
static wp::float32 no_defaults_0(
    wp::float32 var_x,
    wp::float32 var_y)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def no_defaults(x: float, y: float):                                                   <L 17>
    // return x * y                                                                           <L 18>
    var_0 = wp::mul(var_x, var_y);
    return var_0;
}


// warpsynth/func_keywords_defaults.py:29
static wp::int32 all_defaults_0(
    wp::int32 var_a,
    wp::int32 var_b)
{
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // forward
    // def all_defaults(a: int = 123, b: int = 234) -> int:                                   <L 30>
    // return a + b                                                                           <L 31>
    var_0 = wp::add(var_a, var_b);
    return var_0;
}


// warpsynth/func_keywords_defaults.py:4
static void adj_scaled_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_i,
    wp::float32 var_scale,
    wp::int32 var_k,
    wp::array_t<wp::float32> & adj_a,
    wp::int32 & adj_i,
    wp::float32 & adj_scale,
    wp::int32 & adj_k,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def scaled(a: wp.array(dtype=float), i: int, scale: float = 3.0, k: int = 2):          <L 5>
    // return a[i] * scale + float(k)                                                         <L 6>
    var_0 = wp::address(var_a, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_scale);
    var_3 = wp::float(var_k);
    var_4 = wp::add(var_1, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_add(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_float(var_k, adj_k, adj_3);
    wp::adj_mul(var_2, var_scale, adj_0, adj_scale, adj_1);
    wp::adj_address(var_a, var_i, adj_a, adj_i, adj_0);
    // adj: return a[i] * scale + float(k)                                                    <L 6>
    // adj: def scaled(a: wp.array(dtype=float), i: int, scale: float = 3.0, k: int = 2):     <L 5>
    return;
}


// warpsynth/func_keywords_defaults.py:9
static void adj_offset_0(
    wp::float32 var_x,
    wp::float32 var_lo,
    bool var_flip,
    wp::int32 var_n,
    wp::float32 & adj_x,
    wp::float32 & adj_lo,
    bool & adj_flip,
    wp::int32 & adj_n,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def offset(x: float, lo: float = -1.5, flip: bool = False, n: int = -3):               <L 10>
    // if flip:                                                                               <L 11>
    if (var_flip) {
        // return lo - x + float(n)                                                           <L 12>
        var_0 = wp::sub(var_lo, var_x);
        var_1 = wp::float(var_n);
        var_2 = wp::add(var_0, var_1);
        goto label0;
    }
    // return x + lo                                                                          <L 13>
    var_3 = wp::add(var_x, var_lo);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_3 += adj_ret;
    wp::adj_add(var_x, var_lo, adj_x, adj_lo, adj_3);
    // adj: return x + lo                                                                     <L 13>
    if (var_flip) {
        label0:;
        adj_2 += adj_ret;
        wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
        wp::adj_float(var_n, adj_n, adj_1);
        wp::adj_sub(var_lo, var_x, adj_lo, adj_x, adj_0);
        // adj: return lo - x + float(n)                                                      <L 12>
    }
    // adj: if flip:                                                                          <L 11>
    // adj: def offset(x: float, lo: float = -1.5, flip: bool = False, n: int = -3):          <L 10>
    return;
}


// warpsynth/func_keywords_defaults.py:16
static void adj_no_defaults_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def no_defaults(x: float, y: float):                                                   <L 17>
    // return x * y                                                                           <L 18>
    var_0 = wp::mul(var_x, var_y);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_y, adj_x, adj_y, adj_0);
    // adj: return x * y                                                                      <L 18>
    // adj: def no_defaults(x: float, y: float):                                              <L 17>
    return;
}


// warpsynth/func_keywords_defaults.py:29
static void adj_all_defaults_0(
    wp::int32 var_a,
    wp::int32 var_b,
    wp::int32 & adj_a,
    wp::int32 & adj_b,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    //---------
    // forward
    // def all_defaults(a: int = 123, b: int = 234) -> int:                                   <L 30>
    // return a + b                                                                           <L 31>
    var_0 = wp::add(var_a, var_b);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_add(var_a, var_b, adj_a, adj_b, adj_0);
    // adj: return a + b                                                                      <L 31>
    // adj: def all_defaults(a: int = 123, b: int = 234) -> int:                              <L 30>
    return;
}

struct wp_args_keywords_and_defaults_4fb11ca5 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
};


template <bool wp_linear_contiguous>
static void keywords_and_defaults_4fb11ca5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_keywords_and_defaults_4fb11ca5 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 3.0;
    const wp::int32 var_3 = 2;
    const wp::float32 var_4 = 2.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    const wp::int32 var_8 = 5;
    wp::float32 var_9;
    const wp::float32 var_10 = 3.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.5;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = -1.5;
    const bool var_18 = false;
    const wp::int32 var_19 = -3;
    const bool var_20 = true;
    wp::float32 var_21;
    const wp::float32 var_22 = -1.5;
    const wp::int32 var_23 = -3;
    wp::float32 var_24;
    const wp::int32 var_25 = 4;
    const wp::float32 var_26 = 0.5;
    wp::float32 var_27;
    const bool var_28 = false;
    wp::float32 var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 2.0;
    wp::float32 var_34;
    wp::float32 var_35;
    //---------
    // forward
    // def keywords_and_defaults(a: wp.array(dtype=float), b: wp.array(dtype=float)):         <L 22>
    // i = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // s = scaled(a, i) + scaled(a, i, 2.0) + scaled(a, k=5, i=i) + scaled(i=i, a=a, scale=1.5, k=1)       <L 24>
    var_1 = scaled_0(var_a, var_0, var_2, var_3);
    var_5 = scaled_0(var_a, var_0, var_4, var_6);
    var_7 = wp::add(var_1, var_5);
    var_9 = scaled_0(var_a, var_0, var_10, var_8);
    var_11 = wp::add(var_7, var_9);
    var_14 = scaled_0(var_a, var_0, var_12, var_13);
    var_15 = wp::add(var_11, var_14);
    // t = offset(s) + offset(s, flip=True) + offset(x=s, n=4, lo=0.5)                        <L 25>
    var_16 = offset_0(var_15, var_17, var_18, var_19);
    var_21 = offset_0(var_15, var_22, var_20, var_23);
    var_24 = wp::add(var_16, var_21);
    var_27 = offset_0(var_15, var_26, var_28, var_25);
    var_29 = wp::add(var_24, var_27);
    // b[i] = no_defaults(y=t, x=a[i]) + no_defaults(s, y=2.0)                                <L 26>
    var_30 = wp::address(var_a, var_0);
    var_32 = wp::load(var_30);
    var_31 = no_defaults_0(var_32, var_29);
    var_34 = no_defaults_0(var_15, var_33);
    var_35 = wp::add(var_31, var_34);
    wp::array_store(var_b, var_0, var_35);
}



template <bool wp_linear_contiguous>
static void keywords_and_defaults_4fb11ca5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_keywords_and_defaults_4fb11ca5 *_wp_args,
    wp_args_keywords_and_defaults_4fb11ca5 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 3.0;
    const wp::int32 var_3 = 2;
    const wp::float32 var_4 = 2.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    const wp::int32 var_8 = 5;
    wp::float32 var_9;
    const wp::float32 var_10 = 3.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.5;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = -1.5;
    const bool var_18 = false;
    const wp::int32 var_19 = -3;
    const bool var_20 = true;
    wp::float32 var_21;
    const wp::float32 var_22 = -1.5;
    const wp::int32 var_23 = -3;
    wp::float32 var_24;
    const wp::int32 var_25 = 4;
    const wp::float32 var_26 = 0.5;
    wp::float32 var_27;
    const bool var_28 = false;
    wp::float32 var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 2.0;
    wp::float32 var_34;
    wp::float32 var_35;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    //---------
    // forward
    // def keywords_and_defaults(a: wp.array(dtype=float), b: wp.array(dtype=float)):         <L 22>
    // i = wp.tid()                                                                           <L 23>
    var_0 = builtin_tid1d();
    // s = scaled(a, i) + scaled(a, i, 2.0) + scaled(a, k=5, i=i) + scaled(i=i, a=a, scale=1.5, k=1)       <L 24>
    var_1 = scaled_0(var_a, var_0, var_2, var_3);
    var_5 = scaled_0(var_a, var_0, var_4, var_6);
    var_7 = wp::add(var_1, var_5);
    var_9 = scaled_0(var_a, var_0, var_10, var_8);
    var_11 = wp::add(var_7, var_9);
    var_14 = scaled_0(var_a, var_0, var_12, var_13);
    var_15 = wp::add(var_11, var_14);
    // t = offset(s) + offset(s, flip=True) + offset(x=s, n=4, lo=0.5)                        <L 25>
    var_16 = offset_0(var_15, var_17, var_18, var_19);
    var_21 = offset_0(var_15, var_22, var_20, var_23);
    var_24 = wp::add(var_16, var_21);
    var_27 = offset_0(var_15, var_26, var_28, var_25);
    var_29 = wp::add(var_24, var_27);
    // b[i] = no_defaults(y=t, x=a[i]) + no_defaults(s, y=2.0)                                <L 26>
    var_30 = wp::address(var_a, var_0);
    var_32 = wp::load(var_30);
    var_31 = no_defaults_0(var_32, var_29);
    var_34 = no_defaults_0(var_15, var_33);
    var_35 = wp::add(var_31, var_34);
    // wp::array_store(var_b, var_0, var_35);
    //---------
    // reverse
    wp::adj_array_store(var_b, var_0, var_35, adj_b, adj_0, adj_35);
    wp::adj_add(var_31, var_34, adj_31, adj_34, adj_35);
    adj_no_defaults_0(var_15, var_33, adj_15, adj_33, adj_34);
    adj_no_defaults_0(var_32, var_29, adj_30, adj_29, adj_31);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_30);
    // adj: b[i] = no_defaults(y=t, x=a[i]) + no_defaults(s, y=2.0)                           <L 26>
    wp::adj_add(var_24, var_27, adj_24, adj_27, adj_29);
    adj_offset_0(var_15, var_26, var_28, var_25, adj_15, adj_26, adj_28, adj_25, adj_27);
    wp::adj_add(var_16, var_21, adj_16, adj_21, adj_24);
    adj_offset_0(var_15, var_22, var_20, var_23, adj_15, adj_22, adj_20, adj_23, adj_21);
    adj_offset_0(var_15, var_17, var_18, var_19, adj_15, adj_17, adj_18, adj_19, adj_16);
    // adj: t = offset(s) + offset(s, flip=True) + offset(x=s, n=4, lo=0.5)                   <L 25>
    wp::adj_add(var_11, var_14, adj_11, adj_14, adj_15);
    adj_scaled_0(var_a, var_0, var_12, var_13, adj_a, adj_0, adj_12, adj_13, adj_14);
    wp::adj_add(var_7, var_9, adj_7, adj_9, adj_11);
    adj_scaled_0(var_a, var_0, var_10, var_8, adj_a, adj_0, adj_10, adj_8, adj_9);
    wp::adj_add(var_1, var_5, adj_1, adj_5, adj_7);
    adj_scaled_0(var_a, var_0, var_4, var_6, adj_a, adj_0, adj_4, adj_6, adj_5);
    adj_scaled_0(var_a, var_0, var_2, var_3, adj_a, adj_0, adj_2, adj_3, adj_1);
    // adj: s = scaled(a, i) + scaled(a, i, 2.0) + scaled(a, k=5, i=i) + scaled(i=i, a=a, scale=1.5, k=1)  <L 24>
    // adj: i = wp.tid()                                                                      <L 23>
    // adj: def keywords_and_defaults(a: wp.array(dtype=float), b: wp.array(dtype=float)):    <L 22>
    return;
}



struct keywords_and_defaults_4fb11ca5_cpu_block_payload_forward
{
    wp_args_keywords_and_defaults_4fb11ca5* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void keywords_and_defaults_4fb11ca5_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    keywords_and_defaults_4fb11ca5_cpu_block_payload_forward* payload = (keywords_and_defaults_4fb11ca5_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    keywords_and_defaults_4fb11ca5_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void keywords_and_defaults_4fb11ca5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_keywords_and_defaults_4fb11ca5 *_wp_args)
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
        keywords_and_defaults_4fb11ca5_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &keywords_and_defaults_4fb11ca5_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct keywords_and_defaults_4fb11ca5_cpu_block_payload_backward
{
    wp_args_keywords_and_defaults_4fb11ca5* args;
    wp_args_keywords_and_defaults_4fb11ca5* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void keywords_and_defaults_4fb11ca5_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    keywords_and_defaults_4fb11ca5_cpu_block_payload_backward* payload = (keywords_and_defaults_4fb11ca5_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    keywords_and_defaults_4fb11ca5_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void keywords_and_defaults_4fb11ca5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_keywords_and_defaults_4fb11ca5 *_wp_args,
    wp_args_keywords_and_defaults_4fb11ca5 *_wp_adj_args)
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
        keywords_and_defaults_4fb11ca5_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &keywords_and_defaults_4fb11ca5_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_defaults_only_897fd77b {
    wp::array_t<wp::int32> out;
};


template <bool wp_linear_contiguous>
static void defaults_only_897fd77b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_defaults_only_897fd77b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 123;
    const wp::int32 var_2 = 234;
    const wp::int32 var_3 = 111;
    wp::int32 var_4;
    const wp::int32 var_5 = 234;
    wp::int32 var_6;
    const wp::int32 var_7 = 111;
    const wp::int32 var_8 = 222;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 111;
    wp::int32 var_12;
    const wp::int32 var_13 = 234;
    wp::int32 var_14;
    const wp::int32 var_15 = 111;
    wp::int32 var_16;
    const wp::int32 var_17 = 123;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    //---------
    // forward
    // def defaults_only(out: wp.array(dtype=int)):                                           <L 35>
    // out[0] = all_defaults() + all_defaults(111) + all_defaults(111, 222) + all_defaults(a=111) + all_defaults(b=111)       <L 36>
    var_0 = all_defaults_0(var_1, var_2);
    var_4 = all_defaults_0(var_3, var_5);
    var_6 = wp::add(var_0, var_4);
    var_9 = all_defaults_0(var_7, var_8);
    var_10 = wp::add(var_6, var_9);
    var_12 = all_defaults_0(var_11, var_13);
    var_14 = wp::add(var_10, var_12);
    var_16 = all_defaults_0(var_17, var_15);
    var_18 = wp::add(var_14, var_16);
    wp::array_store(var_out, var_19, var_18);
}



template <bool wp_linear_contiguous>
static void defaults_only_897fd77b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_defaults_only_897fd77b *_wp_args,
    wp_args_defaults_only_897fd77b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 123;
    const wp::int32 var_2 = 234;
    const wp::int32 var_3 = 111;
    wp::int32 var_4;
    const wp::int32 var_5 = 234;
    wp::int32 var_6;
    const wp::int32 var_7 = 111;
    const wp::int32 var_8 = 222;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 111;
    wp::int32 var_12;
    const wp::int32 var_13 = 234;
    wp::int32 var_14;
    const wp::int32 var_15 = 111;
    wp::int32 var_16;
    const wp::int32 var_17 = 123;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    //---------
    // forward
    // def defaults_only(out: wp.array(dtype=int)):                                           <L 35>
    // out[0] = all_defaults() + all_defaults(111) + all_defaults(111, 222) + all_defaults(a=111) + all_defaults(b=111)       <L 36>
    var_0 = all_defaults_0(var_1, var_2);
    var_4 = all_defaults_0(var_3, var_5);
    var_6 = wp::add(var_0, var_4);
    var_9 = all_defaults_0(var_7, var_8);
    var_10 = wp::add(var_6, var_9);
    var_12 = all_defaults_0(var_11, var_13);
    var_14 = wp::add(var_10, var_12);
    var_16 = all_defaults_0(var_17, var_15);
    var_18 = wp::add(var_14, var_16);
    // wp::array_store(var_out, var_19, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_19, var_18, adj_out, adj_19, adj_18);
    wp::adj_add(var_14, var_16, adj_14, adj_16, adj_18);
    adj_all_defaults_0(var_17, var_15, adj_17, adj_15, adj_16);
    wp::adj_add(var_10, var_12, adj_10, adj_12, adj_14);
    adj_all_defaults_0(var_11, var_13, adj_11, adj_13, adj_12);
    wp::adj_add(var_6, var_9, adj_6, adj_9, adj_10);
    adj_all_defaults_0(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_add(var_0, var_4, adj_0, adj_4, adj_6);
    adj_all_defaults_0(var_3, var_5, adj_3, adj_5, adj_4);
    adj_all_defaults_0(var_1, var_2, adj_1, adj_2, adj_0);
    // adj: out[0] = all_defaults() + all_defaults(111) + all_defaults(111, 222) + all_defaults(a=111) + all_defaults(b=111)  <L 36>
    // adj: def defaults_only(out: wp.array(dtype=int)):                                      <L 35>
    return;
}



struct defaults_only_897fd77b_cpu_block_payload_forward
{
    wp_args_defaults_only_897fd77b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void defaults_only_897fd77b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    defaults_only_897fd77b_cpu_block_payload_forward* payload = (defaults_only_897fd77b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    defaults_only_897fd77b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void defaults_only_897fd77b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_defaults_only_897fd77b *_wp_args)
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
        defaults_only_897fd77b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &defaults_only_897fd77b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct defaults_only_897fd77b_cpu_block_payload_backward
{
    wp_args_defaults_only_897fd77b* args;
    wp_args_defaults_only_897fd77b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void defaults_only_897fd77b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    defaults_only_897fd77b_cpu_block_payload_backward* payload = (defaults_only_897fd77b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    defaults_only_897fd77b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void defaults_only_897fd77b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_defaults_only_897fd77b *_wp_args,
    wp_args_defaults_only_897fd77b *_wp_adj_args)
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
        defaults_only_897fd77b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &defaults_only_897fd77b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

