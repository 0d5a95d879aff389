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


// warpsynth/generic_defaults.py:0
static wp::float32 axpy_0(
    wp::float32 var_x,
    wp::float32 var_a,
    wp::float32 var_y,
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
    // def axpy(x: Any, a: float = 2.0, y: Any = 1.0, n: int = 3):                            <L 1>
    // return x * a + y * float(n)                                                            <L 2>
    var_0 = wp::mul(var_x, var_a);
    var_1 = wp::float(var_n);
    var_2 = wp::mul(var_y, var_1);
    var_3 = wp::add(var_0, var_2);
    return var_3;
}


// warpsynth/generic_defaults.py:0
static wp::float64 widen_0(
    wp::float64 var_x,
    wp::float64 var_s)
{
    //---------
    // primal vars
    wp::float64 var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    //---------
    // forward
    // def widen(x: Any, s: wp.float64 = 1.5):                                                <L 1>
    // return wp.float64(x) * wp.float64(s)                                                   <L 2>
    var_0 = wp::float64(var_x);
    var_1 = wp::float64(var_s);
    var_2 = wp::mul(var_0, var_1);
    return var_2;
}


// warpsynth/generic_defaults.py:0
static void adj_axpy_0(
    wp::float32 var_x,
    wp::float32 var_a,
    wp::float32 var_y,
    wp::int32 var_n,
    wp::float32 & adj_x,
    wp::float32 & adj_a,
    wp::float32 & adj_y,
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
    // def axpy(x: Any, a: float = 2.0, y: Any = 1.0, n: int = 3):                            <L 1>
    // return x * a + y * float(n)                                                            <L 2>
    var_0 = wp::mul(var_x, var_a);
    var_1 = wp::float(var_n);
    var_2 = wp::mul(var_y, var_1);
    var_3 = wp::add(var_0, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_add(var_0, var_2, adj_0, adj_2, adj_3);
    wp::adj_mul(var_y, var_1, adj_y, adj_1, adj_2);
    wp::adj_float(var_n, adj_n, adj_1);
    wp::adj_mul(var_x, var_a, adj_x, adj_a, adj_0);
    // adj: return x * a + y * float(n)                                                       <L 2>
    // adj: def axpy(x: Any, a: float = 2.0, y: Any = 1.0, n: int = 3):                       <L 1>
    return;
}


// warpsynth/generic_defaults.py:0
static void adj_widen_0(
    wp::float64 var_x,
    wp::float64 var_s,
    wp::float64 & adj_x,
    wp::float64 & adj_s,
    wp::float64 & adj_ret)
{
    //---------
    // primal vars
    wp::float64 var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    //---------
    // forward
    // def widen(x: Any, s: wp.float64 = 1.5):                                                <L 1>
    // return wp.float64(x) * wp.float64(s)                                                   <L 2>
    var_0 = wp::float64(var_x);
    var_1 = wp::float64(var_s);
    var_2 = wp::mul(var_0, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_float64(var_s, adj_s, adj_1);
    wp::adj_float64(var_x, adj_x, adj_0);
    // adj: return wp.float64(x) * wp.float64(s)                                              <L 2>
    // adj: def widen(x: Any, s: wp.float64 = 1.5):                                           <L 1>
    return;
}

struct wp_args_k_6cf670ba {
    wp::array_t<wp::float32> f;
    wp::array_t<wp::float64> d;
};


template <bool wp_linear_contiguous>
static void k_6cf670ba_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_6cf670ba *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 1.0;
    const wp::int32 var_5 = 3;
    wp::float32 var_6;
    wp::float32* var_7;
    const wp::float32 var_8 = 3.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    const wp::int32 var_11 = 3;
    wp::float32 var_12;
    wp::float32* var_13;
    const wp::float32 var_14 = 3.0;
    const wp::int32 var_15 = 0;
    wp::float32* var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 3;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    const wp::float32 var_22 = 3.0;
    const wp::int32 var_23 = 0;
    wp::float32* var_24;
    const wp::int32 var_25 = 4;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float64* var_29;
    const wp::int32 var_30 = 0;
    wp::float64* var_31;
    wp::float64 var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    //---------
    // forward
    // def k(f: wp.array(dtype=float), d: wp.array(dtype=wp.float64)):                        <L 20>
    // i = wp.tid()                                                                           <L 21>
    var_0 = builtin_tid1d();
    // f[i] = axpy(f[i])                                                                      <L 22>
    var_1 = wp::address(var_f, var_0);
    var_6 = wp::load(var_1);
    var_2 = axpy_0(var_6, var_3, var_4, var_5);
    wp::array_store(var_f, var_0, var_2);
    // f[i] = axpy(f[i], 3.0)                                                                 <L 23>
    var_7 = wp::address(var_f, var_0);
    var_12 = wp::load(var_7);
    var_9 = axpy_0(var_12, var_8, var_10, var_11);
    wp::array_store(var_f, var_0, var_9);
    // f[i] = axpy(f[i], 3.0, f[0])                                                           <L 24>
    var_13 = wp::address(var_f, var_0);
    var_16 = wp::address(var_f, var_15);
    var_19 = wp::load(var_13);
    var_20 = wp::load(var_16);
    var_17 = axpy_0(var_19, var_14, var_20, var_18);
    wp::array_store(var_f, var_0, var_17);
    // f[i] = axpy(f[i], 3.0, f[0], 4)                                                        <L 25>
    var_21 = wp::address(var_f, var_0);
    var_24 = wp::address(var_f, var_23);
    var_27 = wp::load(var_21);
    var_28 = wp::load(var_24);
    var_26 = axpy_0(var_27, var_22, var_28, var_25);
    wp::array_store(var_f, var_0, var_26);
    // d[i] = widen(d[i], d[0])                                                               <L 26>
    var_29 = wp::address(var_d, var_0);
    var_31 = wp::address(var_d, var_30);
    var_33 = wp::load(var_29);
    var_34 = wp::load(var_31);
    var_32 = widen_0(var_33, var_34);
    wp::array_store(var_d, var_0, var_32);
}



template <bool wp_linear_contiguous>
static void k_6cf670ba_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_6cf670ba *_wp_args,
    wp_args_k_6cf670ba *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    wp::array_t<wp::float32> adj_f = _wp_adj_args->f;
    wp::array_t<wp::float64> adj_d = _wp_adj_args->d;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 1.0;
    const wp::int32 var_5 = 3;
    wp::float32 var_6;
    wp::float32* var_7;
    const wp::float32 var_8 = 3.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    const wp::int32 var_11 = 3;
    wp::float32 var_12;
    wp::float32* var_13;
    const wp::float32 var_14 = 3.0;
    const wp::int32 var_15 = 0;
    wp::float32* var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 3;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    const wp::float32 var_22 = 3.0;
    const wp::int32 var_23 = 0;
    wp::float32* var_24;
    const wp::int32 var_25 = 4;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float64* var_29;
    const wp::int32 var_30 = 0;
    wp::float64* var_31;
    wp::float64 var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float64 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float64 adj_31 = {};
    wp::float64 adj_32 = {};
    wp::float64 adj_33 = {};
    wp::float64 adj_34 = {};
    //---------
    // forward
    // def k(f: wp.array(dtype=float), d: wp.array(dtype=wp.float64)):                        <L 20>
    // i = wp.tid()                                                                           <L 21>
    var_0 = builtin_tid1d();
    // f[i] = axpy(f[i])                                                                      <L 22>
    var_1 = wp::address(var_f, var_0);
    var_6 = wp::load(var_1);
    var_2 = axpy_0(var_6, var_3, var_4, var_5);
    // wp::array_store(var_f, var_0, var_2);
    // f[i] = axpy(f[i], 3.0)                                                                 <L 23>
    var_7 = wp::address(var_f, var_0);
    var_12 = wp::load(var_7);
    var_9 = axpy_0(var_12, var_8, var_10, var_11);
    // wp::array_store(var_f, var_0, var_9);
    // f[i] = axpy(f[i], 3.0, f[0])                                                           <L 24>
    var_13 = wp::address(var_f, var_0);
    var_16 = wp::address(var_f, var_15);
    var_19 = wp::load(var_13);
    var_20 = wp::load(var_16);
    var_17 = axpy_0(var_19, var_14, var_20, var_18);
    // wp::array_store(var_f, var_0, var_17);
    // f[i] = axpy(f[i], 3.0, f[0], 4)                                                        <L 25>
    var_21 = wp::address(var_f, var_0);
    var_24 = wp::address(var_f, var_23);
    var_27 = wp::load(var_21);
    var_28 = wp::load(var_24);
    var_26 = axpy_0(var_27, var_22, var_28, var_25);
    // wp::array_store(var_f, var_0, var_26);
    // d[i] = widen(d[i], d[0])                                                               <L 26>
    var_29 = wp::address(var_d, var_0);
    var_31 = wp::address(var_d, var_30);
    var_33 = wp::load(var_29);
    var_34 = wp::load(var_31);
    var_32 = widen_0(var_33, var_34);
    // wp::array_store(var_d, var_0, var_32);
    //---------
    // reverse
    wp::adj_array_store(var_d, var_0, var_32, adj_d, adj_0, adj_32);
    adj_widen_0(var_33, var_34, adj_29, adj_31, adj_32);
    wp::adj_address(var_d, var_30, adj_d, adj_30, adj_31);
    wp::adj_address(var_d, var_0, adj_d, adj_0, adj_29);
    // adj: d[i] = widen(d[i], d[0])                                                          <L 26>
    wp::adj_array_store(var_f, var_0, var_26, adj_f, adj_0, adj_26);
    adj_axpy_0(var_27, var_22, var_28, var_25, adj_21, adj_22, adj_24, adj_25, adj_26);
    wp::adj_address(var_f, var_23, adj_f, adj_23, adj_24);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_21);
    // adj: f[i] = axpy(f[i], 3.0, f[0], 4)                                                   <L 25>
    wp::adj_array_store(var_f, var_0, var_17, adj_f, adj_0, adj_17);
    adj_axpy_0(var_19, var_14, var_20, var_18, adj_13, adj_14, adj_16, adj_18, adj_17);
    wp::adj_address(var_f, var_15, adj_f, adj_15, adj_16);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_13);
    // adj: f[i] = axpy(f[i], 3.0, f[0])                                                      <L 24>
    wp::adj_array_store(var_f, var_0, var_9, adj_f, adj_0, adj_9);
    adj_axpy_0(var_12, var_8, var_10, var_11, adj_7, adj_8, adj_10, adj_11, adj_9);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_7);
    // adj: f[i] = axpy(f[i], 3.0)                                                            <L 23>
    wp::adj_array_store(var_f, var_0, var_2, adj_f, adj_0, adj_2);
    adj_axpy_0(var_6, var_3, var_4, var_5, adj_1, adj_3, adj_4, adj_5, adj_2);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_1);
    // adj: f[i] = axpy(f[i])                                                                 <L 22>
    // adj: i = wp.tid()                                                                      <L 21>
    // adj: def k(f: wp.array(dtype=float), d: wp.array(dtype=wp.float64)):                   <L 20>
    return;
}



struct k_6cf670ba_cpu_block_payload_forward
{
    wp_args_k_6cf670ba* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_6cf670ba_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_6cf670ba_cpu_block_payload_forward* payload = (k_6cf670ba_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_6cf670ba_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_6cf670ba_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_6cf670ba *_wp_args)
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
        k_6cf670ba_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_6cf670ba_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_6cf670ba_cpu_block_payload_backward
{
    wp_args_k_6cf670ba* args;
    wp_args_k_6cf670ba* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_6cf670ba_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_6cf670ba_cpu_block_payload_backward* payload = (k_6cf670ba_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_6cf670ba_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_6cf670ba_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_6cf670ba *_wp_args,
    wp_args_k_6cf670ba *_wp_adj_args)
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
        k_6cf670ba_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_6cf670ba_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

