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


// warpsynth/wp_static_constants.py:11
static wp::float32 damp_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.75;
    wp::float32 var_1;
    //---------
    // forward
    // def damp(x: float):                                                                    <L 12>
    // return x * wp.static(1.0 - SCALE)                                                      <L 13>
    var_1 = wp::mul(var_x, var_0);
    return var_1;
}


// warpsynth/wp_static_constants.py:11
static void adj_damp_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.75;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def damp(x: float):                                                                    <L 12>
    // return x * wp.static(1.0 - SCALE)                                                      <L 13>
    var_1 = wp::mul(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x * wp.static(1.0 - SCALE)                                                 <L 13>
    // adj: def damp(x: float):                                                               <L 12>
    return;
}

struct wp_args_k_6d41b326 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::int32> b;
    wp::array_t<wp::float32> c;
};


template <bool wp_linear_contiguous>
static void k_6d41b326_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_6d41b326 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_c = _wp_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.5;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 4;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 11;
    const wp::int32 var_9 = -8;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    const wp::int32 var_13 = 11;
    wp::int32 var_14;
    const wp::float32 var_15 = -0.25;
    const wp::float32 var_16 = 0.25;
    wp::float32 var_17;
    const bool var_18 = true;
    wp::float32 var_19;
    const bool var_20 = false;
    const wp::int32 var_21 = 3;
    const bool var_22 = true;
    const wp::float32 var_23 = 1.0;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    //---------
    // forward
    // def k(a: wp.array(dtype=float), b: wp.array(dtype=int), c: wp.array(dtype=float)):       <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // x = a[i] * wp.static(SCALE * 2.0) + float(N)                                           <L 19>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    var_6 = wp::float(var_5);
    var_7 = wp::add(var_3, var_6);
    // b[i] = wp.static(N * 2 + len(SIZES)) - wp.static(-SIZES[-1]) + wp.static(N // 3)       <L 21>
    var_10 = wp::sub(var_8, var_9);
    var_12 = wp::add(var_10, var_11);
    wp::array_store(var_b, var_0, var_12);
    // b[i] += wp.static( N*2 + len(SIZES) )                                                  <L 22>
    var_14 = wp::atomic_add(var_b, var_0, var_13);
    // y = -wp.static(SCALE) + wp.static(N % 3 == 1 and SCALE or 2.0)                         <L 23>
    var_17 = wp::add(var_15, var_16);
    // if wp.static(USE_DAMPING and N >= 4):                                                  <L 24>
    // x = damp(x)                                                                            <L 25>
    var_19 = damp_0(var_7);
    // if wp.static(not USE_DAMPING):                                                         <L 26>
    // z = wp.static(SIZES[0] if N < 10 else SIZES[1])                                        <L 28>
    // if wp.static(1 < N <= 4):                                                              <L 29>
    // x += 1.0                                                                               <L 30>
    var_24 = wp::add(var_19, var_23);
    // c[i] = x + y + float(z)                                                                <L 31>
    var_25 = wp::add(var_24, var_17);
    var_26 = wp::float(var_21);
    var_27 = wp::add(var_25, var_26);
    wp::array_store(var_c, var_0, var_27);
}



template <bool wp_linear_contiguous>
static void k_6d41b326_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_6d41b326 *_wp_args,
    wp_args_k_6d41b326 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_c = _wp_args->c;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_c = _wp_adj_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.5;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 4;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 11;
    const wp::int32 var_9 = -8;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    const wp::int32 var_13 = 11;
    wp::int32 var_14;
    const wp::float32 var_15 = -0.25;
    const wp::float32 var_16 = 0.25;
    wp::float32 var_17;
    const bool var_18 = true;
    wp::float32 var_19;
    const bool var_20 = false;
    const wp::int32 var_21 = 3;
    const bool var_22 = true;
    const wp::float32 var_23 = 1.0;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
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
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=float), b: wp.array(dtype=int), c: wp.array(dtype=float)):       <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // x = a[i] * wp.static(SCALE * 2.0) + float(N)                                           <L 19>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    var_6 = wp::float(var_5);
    var_7 = wp::add(var_3, var_6);
    // b[i] = wp.static(N * 2 + len(SIZES)) - wp.static(-SIZES[-1]) + wp.static(N // 3)       <L 21>
    var_10 = wp::sub(var_8, var_9);
    var_12 = wp::add(var_10, var_11);
    // wp::array_store(var_b, var_0, var_12);
    // b[i] += wp.static( N*2 + len(SIZES) )                                                  <L 22>
    // var_14 = wp::atomic_add(var_b, var_0, var_13);
    // y = -wp.static(SCALE) + wp.static(N % 3 == 1 and SCALE or 2.0)                         <L 23>
    var_17 = wp::add(var_15, var_16);
    // if wp.static(USE_DAMPING and N >= 4):                                                  <L 24>
    // x = damp(x)                                                                            <L 25>
    var_19 = damp_0(var_7);
    // if wp.static(not USE_DAMPING):                                                         <L 26>
    // z = wp.static(SIZES[0] if N < 10 else SIZES[1])                                        <L 28>
    // if wp.static(1 < N <= 4):                                                              <L 29>
    // x += 1.0                                                                               <L 30>
    var_24 = wp::add(var_19, var_23);
    // c[i] = x + y + float(z)                                                                <L 31>
    var_25 = wp::add(var_24, var_17);
    var_26 = wp::float(var_21);
    var_27 = wp::add(var_25, var_26);
    // wp::array_store(var_c, var_0, var_27);
    //---------
    // reverse
    wp::adj_array_store(var_c, var_0, var_27, adj_c, adj_0, adj_27);
    wp::adj_add(var_25, var_26, adj_25, adj_26, adj_27);
    wp::adj_float(var_21, adj_21, adj_26);
    wp::adj_add(var_24, var_17, adj_24, adj_17, adj_25);
    // adj: c[i] = x + y + float(z)                                                           <L 31>
    wp::adj_add(var_19, var_23, adj_19, adj_23, adj_24);
    // adj: x += 1.0                                                                          <L 30>
    // adj: if wp.static(1 < N <= 4):                                                         <L 29>
    // adj: z = wp.static(SIZES[0] if N < 10 else SIZES[1])                                   <L 28>
    // adj: if wp.static(not USE_DAMPING):                                                    <L 26>
    adj_damp_0(var_7, adj_7, adj_19);
    // adj: x = damp(x)                                                                       <L 25>
    // adj: if wp.static(USE_DAMPING and N >= 4):                                             <L 24>
    wp::adj_add(var_15, var_16, adj_15, adj_16, adj_17);
    // adj: y = -wp.static(SCALE) + wp.static(N % 3 == 1 and SCALE or 2.0)                    <L 23>
    wp::adj_atomic_add(var_b, var_0, var_13, adj_b, adj_0, adj_13, adj_14);
    // adj: b[i] += wp.static( N*2 + len(SIZES) )                                             <L 22>
    wp::adj_array_store(var_b, var_0, var_12, adj_b, adj_0, adj_12);
    wp::adj_add(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
    // adj: b[i] = wp.static(N * 2 + len(SIZES)) - wp.static(-SIZES[-1]) + wp.static(N // 3)  <L 21>
    wp::adj_add(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_float(var_5, adj_5, adj_6);
    wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i] * wp.static(SCALE * 2.0) + float(N)                                      <L 19>
    // adj: i = wp.tid()                                                                      <L 18>
    // adj: def k(a: wp.array(dtype=float), b: wp.array(dtype=int), c: wp.array(dtype=float)):  <L 17>
    return;
}



struct k_6d41b326_cpu_block_payload_forward
{
    wp_args_k_6d41b326* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_6d41b326_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_6d41b326_cpu_block_payload_forward* payload = (k_6d41b326_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_6d41b326_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_6d41b326_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_6d41b326 *_wp_args)
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
        k_6d41b326_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_6d41b326_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_6d41b326_cpu_block_payload_backward
{
    wp_args_k_6d41b326* args;
    wp_args_k_6d41b326* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_6d41b326_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_6d41b326_cpu_block_payload_backward* payload = (k_6d41b326_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_6d41b326_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_6d41b326_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_6d41b326 *_wp_args,
    wp_args_k_6d41b326 *_wp_adj_args)
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
        k_6d41b326_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_6d41b326_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

