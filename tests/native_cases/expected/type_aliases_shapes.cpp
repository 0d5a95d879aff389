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

struct wp_args_k_b5f6c9e7 {
    wp::array_t<wp::vec_t<20, wp::float32>> a;
    wp::array_t<wp::vec_t<123, wp::float16>> b;
    wp::array_t<wp::mat_t<5, 5, wp::float32>> m;
};


template <bool wp_linear_contiguous>
static void k_b5f6c9e7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_b5f6c9e7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<20, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<123, wp::float16>> var_b = _wp_args->b;
    wp::array_t<wp::mat_t<5, 5, wp::float32>> var_m = _wp_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 2.0;
    wp::vec_t<20, wp::float32> var_2;
    wp::vec_t<20, wp::float32> var_3;
    wp::vec_t<20, wp::float32> var_4;
    wp::vec_t<20, wp::float32>* var_5;
    const wp::float32 var_6 = 2.0;
    wp::vec_t<20, wp::float32> var_7;
    wp::vec_t<20, wp::float32> var_8;
    wp::vec_t<20, wp::float32> var_9;
    wp::float32 var_10;
    wp::vec_t<20, wp::float32>* var_11;
    const wp::int32 var_12 = 19;
    wp::vec_t<123, wp::float16> var_13;
    wp::mat_t<5, 5, wp::float32> var_14;
    wp::mat_t<5, 5, wp::float32>* var_15;
    const wp::float32 var_16 = 2.0;
    wp::mat_t<5, 5, wp::float32> var_17;
    wp::mat_t<5, 5, wp::float32> var_18;
    wp::mat_t<5, 5, wp::float32> var_19;
    //---------
    // forward
    // def k(a: wp.array(dtype=vec20), b: wp.array(dtype=Vec123), m: wp.array(dtype=mat55)):       <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // v = vec20(2.0)                                                                         <L 13>
    var_2 = wp::vec_t<20, wp::float32>(var_1);
    // a[i] = v + vec20() + a[i] * 2.0                                                        <L 14>
    var_3 = wp::vec_t<20, wp::float32>();
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::address(var_a, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::mul(var_8, var_6);
    var_9 = wp::add(var_4, var_7);
    wp::array_store(var_a, var_0, var_9);
    // a[i][19] = wp.length(v)                                                                <L 15>
    var_10 = wp::length(var_2);
    var_11 = &(wp::index(var_a, var_0));
    wp::store(&(wp::index(var_a, var_0).component_ref(var_12)), var_10);
    // b[i] = Vec123()                                                                        <L 16>
    var_13 = wp::vec_t<123, wp::float16>();
    wp::array_store(var_b, var_0, var_13);
    // m[i] = mat55() + m[i] * 2.0                                                            <L 17>
    var_14 = wp::mat_t<5, 5, wp::float32>();
    var_15 = wp::address(var_m, var_0);
    var_18 = wp::load(var_15);
    var_17 = wp::mul(var_18, var_16);
    var_19 = wp::add(var_14, var_17);
    wp::array_store(var_m, var_0, var_19);
}



template <bool wp_linear_contiguous>
static void k_b5f6c9e7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_b5f6c9e7 *_wp_args,
    wp_args_k_b5f6c9e7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<20, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<123, wp::float16>> var_b = _wp_args->b;
    wp::array_t<wp::mat_t<5, 5, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<20, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<123, wp::float16>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::mat_t<5, 5, wp::float32>> adj_m = _wp_adj_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 2.0;
    wp::vec_t<20, wp::float32> var_2;
    wp::vec_t<20, wp::float32> var_3;
    wp::vec_t<20, wp::float32> var_4;
    wp::vec_t<20, wp::float32>* var_5;
    const wp::float32 var_6 = 2.0;
    wp::vec_t<20, wp::float32> var_7;
    wp::vec_t<20, wp::float32> var_8;
    wp::vec_t<20, wp::float32> var_9;
    wp::float32 var_10;
    wp::vec_t<20, wp::float32>* var_11;
    const wp::int32 var_12 = 19;
    wp::vec_t<123, wp::float16> var_13;
    wp::mat_t<5, 5, wp::float32> var_14;
    wp::mat_t<5, 5, wp::float32>* var_15;
    const wp::float32 var_16 = 2.0;
    wp::mat_t<5, 5, wp::float32> var_17;
    wp::mat_t<5, 5, wp::float32> var_18;
    wp::mat_t<5, 5, wp::float32> var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<20, wp::float32> adj_2 = {};
    wp::vec_t<20, wp::float32> adj_3 = {};
    wp::vec_t<20, wp::float32> adj_4 = {};
    wp::vec_t<20, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<20, wp::float32> adj_7 = {};
    wp::vec_t<20, wp::float32> adj_8 = {};
    wp::vec_t<20, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<20, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::vec_t<123, wp::float16> adj_13 = {};
    wp::mat_t<5, 5, wp::float32> adj_14 = {};
    wp::mat_t<5, 5, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::mat_t<5, 5, wp::float32> adj_17 = {};
    wp::mat_t<5, 5, wp::float32> adj_18 = {};
    wp::mat_t<5, 5, wp::float32> adj_19 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=vec20), b: wp.array(dtype=Vec123), m: wp.array(dtype=mat55)):       <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // v = vec20(2.0)                                                                         <L 13>
    var_2 = wp::vec_t<20, wp::float32>(var_1);
    // a[i] = v + vec20() + a[i] * 2.0                                                        <L 14>
    var_3 = wp::vec_t<20, wp::float32>();
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::address(var_a, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::mul(var_8, var_6);
    var_9 = wp::add(var_4, var_7);
    // wp::array_store(var_a, var_0, var_9);
    // a[i][19] = wp.length(v)                                                                <L 15>
    var_10 = wp::length(var_2);
    var_11 = &(wp::index(var_a, var_0));
    // wp::store(&(wp::index(var_a, var_0).component_ref(var_12)), var_10);
    // b[i] = Vec123()                                                                        <L 16>
    var_13 = wp::vec_t<123, wp::float16>();
    // wp::array_store(var_b, var_0, var_13);
    // m[i] = mat55() + m[i] * 2.0                                                            <L 17>
    var_14 = wp::mat_t<5, 5, wp::float32>();
    var_15 = wp::address(var_m, var_0);
    var_18 = wp::load(var_15);
    var_17 = wp::mul(var_18, var_16);
    var_19 = wp::add(var_14, var_17);
    // wp::array_store(var_m, var_0, var_19);
    //---------
    // reverse
    wp::adj_array_store(var_m, var_0, var_19, adj_m, adj_0, adj_19);
    wp::adj_add(var_14, var_17, adj_14, adj_17, adj_19);
    wp::adj_mul(var_18, var_16, adj_15, adj_16, adj_17);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_15);
    // adj: m[i] = mat55() + m[i] * 2.0                                                       <L 17>
    wp::adj_array_store(var_b, var_0, var_13, adj_b, adj_0, adj_13);
    // adj: b[i] = Vec123()                                                                   <L 16>
    wp::adj_array_store_slot(var_a, adj_a, adj_10, [&](auto& _e) -> auto& { return _e.component_ref(var_12); }, var_0);
    wp::adj_length(var_2, var_10, adj_2, adj_10);
    // adj: a[i][19] = wp.length(v)                                                           <L 15>
    wp::adj_array_store(var_a, var_0, var_9, adj_a, adj_0, adj_9);
    wp::adj_add(var_4, var_7, adj_4, adj_7, adj_9);
    wp::adj_mul(var_8, var_6, adj_5, adj_6, adj_7);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
    wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
    // adj: a[i] = v + vec20() + a[i] * 2.0                                                   <L 14>
    wp::adj_vec_t(var_1, adj_1, adj_2);
    // adj: v = vec20(2.0)                                                                    <L 13>
    // adj: i = wp.tid()                                                                      <L 12>
    // adj: def k(a: wp.array(dtype=vec20), b: wp.array(dtype=Vec123), m: wp.array(dtype=mat55)):  <L 11>
    return;
}



struct k_b5f6c9e7_cpu_block_payload_forward
{
    wp_args_k_b5f6c9e7* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_b5f6c9e7_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_b5f6c9e7_cpu_block_payload_forward* payload = (k_b5f6c9e7_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_b5f6c9e7_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_b5f6c9e7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_b5f6c9e7 *_wp_args)
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
        k_b5f6c9e7_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_b5f6c9e7_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_b5f6c9e7_cpu_block_payload_backward
{
    wp_args_k_b5f6c9e7* args;
    wp_args_k_b5f6c9e7* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_b5f6c9e7_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_b5f6c9e7_cpu_block_payload_backward* payload = (k_b5f6c9e7_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_b5f6c9e7_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_b5f6c9e7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_b5f6c9e7 *_wp_args,
    wp_args_k_b5f6c9e7 *_wp_adj_args)
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
        k_b5f6c9e7_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_b5f6c9e7_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_k2_da083eb0 {
    wp::array_t<wp::mat_t<7, 3, wp::float64>> m;
    wp::array_t<wp::mat_t<16, 16, wp::float32>> big;
    wp::vec_t<3, wp::float64> v;
    wp::array_t<wp::vec_t<7, wp::float64>> out;
};


template <bool wp_linear_contiguous>
static void k2_da083eb0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k2_da083eb0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<7, 3, wp::float64>> var_m = _wp_args->m;
    wp::array_t<wp::mat_t<16, 16, wp::float32>> var_big = _wp_args->big;
    wp::vec_t<3, wp::float64> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<7, wp::float64>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<7, 3, wp::float64> var_1;
    wp::mat_t<7, 3, wp::float64>* var_2;
    wp::mat_t<7, 3, wp::float64> var_3;
    wp::mat_t<7, 3, wp::float64> var_4;
    wp::mat_t<16, 16, wp::float32> var_5;
    wp::mat_t<16, 16, wp::float32>* var_6;
    const wp::float32 var_7 = 2.0;
    wp::mat_t<16, 16, wp::float32> var_8;
    wp::mat_t<16, 16, wp::float32> var_9;
    wp::mat_t<16, 16, wp::float32> var_10;
    wp::mat_t<7, 3, wp::float64>* var_11;
    wp::vec_t<7, wp::float64> var_12;
    wp::mat_t<7, 3, wp::float64> var_13;
    wp::mat_t<7, 3, wp::float64>* var_14;
    const wp::int32 var_15 = 6;
    const wp::int32 var_16 = 2;
    wp::float64 var_17;
    wp::mat_t<7, 3, wp::float64> var_18;
    wp::mat_t<16, 16, wp::float32>* var_19;
    const wp::int32 var_20 = 15;
    const wp::int32 var_21 = 15;
    wp::float32 var_22;
    wp::mat_t<16, 16, wp::float32> var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::vec_t<7, wp::float64>* var_26;
    const wp::int32 var_27 = 6;
    //---------
    // forward
    // def k2(m: wp.array(dtype=mat73), big: wp.array(dtype=mat16), v: vec3d, out: wp.array(dtype=vec7d)):       <L 27>
    // i = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // m[i] = mat73() + m[i]                                                                  <L 29>
    var_1 = wp::mat_t<7, 3, wp::float64>();
    var_2 = wp::address(var_m, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::add(var_1, var_4);
    wp::array_store(var_m, var_0, var_3);
    // big[i] = mat16() + big[i] * 2.0                                                        <L 30>
    var_5 = wp::mat_t<16, 16, wp::float32>();
    var_6 = wp::address(var_big, var_0);
    var_9 = wp::load(var_6);
    var_8 = wp::mul(var_9, var_7);
    var_10 = wp::add(var_5, var_8);
    wp::array_store(var_big, var_0, var_10);
    // out[i] = m[i] * v                                                                      <L 31>
    var_11 = wp::address(var_m, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_13, var_v);
    wp::array_store(var_out, var_0, var_12);
    // out[i][6] = m[i][6, 2] + wp.float64(big[i][15, 15])                                    <L 32>
    var_14 = wp::address(var_m, var_0);
    var_18 = wp::load(var_14);
    var_17 = wp::extract(var_18, var_15, var_16);
    var_19 = wp::address(var_big, var_0);
    var_23 = wp::load(var_19);
    var_22 = wp::extract(var_23, var_20, var_21);
    var_24 = wp::float64(var_22);
    var_25 = wp::add(var_17, var_24);
    var_26 = &(wp::index(var_out, var_0));
    wp::store(&(wp::index(var_out, var_0).component_ref(var_27)), var_25);
}



template <bool wp_linear_contiguous>
static void k2_da083eb0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k2_da083eb0 *_wp_args,
    wp_args_k2_da083eb0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<7, 3, wp::float64>> var_m = _wp_args->m;
    wp::array_t<wp::mat_t<16, 16, wp::float32>> var_big = _wp_args->big;
    wp::vec_t<3, wp::float64> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<7, wp::float64>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<7, 3, wp::float64>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::mat_t<16, 16, wp::float32>> adj_big = _wp_adj_args->big;
    wp::vec_t<3, wp::float64> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<7, wp::float64>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<7, 3, wp::float64> var_1;
    wp::mat_t<7, 3, wp::float64>* var_2;
    wp::mat_t<7, 3, wp::float64> var_3;
    wp::mat_t<7, 3, wp::float64> var_4;
    wp::mat_t<16, 16, wp::float32> var_5;
    wp::mat_t<16, 16, wp::float32>* var_6;
    const wp::float32 var_7 = 2.0;
    wp::mat_t<16, 16, wp::float32> var_8;
    wp::mat_t<16, 16, wp::float32> var_9;
    wp::mat_t<16, 16, wp::float32> var_10;
    wp::mat_t<7, 3, wp::float64>* var_11;
    wp::vec_t<7, wp::float64> var_12;
    wp::mat_t<7, 3, wp::float64> var_13;
    wp::mat_t<7, 3, wp::float64>* var_14;
    const wp::int32 var_15 = 6;
    const wp::int32 var_16 = 2;
    wp::float64 var_17;
    wp::mat_t<7, 3, wp::float64> var_18;
    wp::mat_t<16, 16, wp::float32>* var_19;
    const wp::int32 var_20 = 15;
    const wp::int32 var_21 = 15;
    wp::float32 var_22;
    wp::mat_t<16, 16, wp::float32> var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::vec_t<7, wp::float64>* var_26;
    const wp::int32 var_27 = 6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<7, 3, wp::float64> adj_1 = {};
    wp::mat_t<7, 3, wp::float64> adj_2 = {};
    wp::mat_t<7, 3, wp::float64> adj_3 = {};
    wp::mat_t<7, 3, wp::float64> adj_4 = {};
    wp::mat_t<16, 16, wp::float32> adj_5 = {};
    wp::mat_t<16, 16, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::mat_t<16, 16, wp::float32> adj_8 = {};
    wp::mat_t<16, 16, wp::float32> adj_9 = {};
    wp::mat_t<16, 16, wp::float32> adj_10 = {};
    wp::mat_t<7, 3, wp::float64> adj_11 = {};
    wp::vec_t<7, wp::float64> adj_12 = {};
    wp::mat_t<7, 3, wp::float64> adj_13 = {};
    wp::mat_t<7, 3, wp::float64> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::mat_t<7, 3, wp::float64> adj_18 = {};
    wp::mat_t<16, 16, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::mat_t<16, 16, wp::float32> adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::vec_t<7, wp::float64> adj_26 = {};
    wp::int32 adj_27 = {};
    //---------
    // forward
    // def k2(m: wp.array(dtype=mat73), big: wp.array(dtype=mat16), v: vec3d, out: wp.array(dtype=vec7d)):       <L 27>
    // i = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // m[i] = mat73() + m[i]                                                                  <L 29>
    var_1 = wp::mat_t<7, 3, wp::float64>();
    var_2 = wp::address(var_m, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::add(var_1, var_4);
    // wp::array_store(var_m, var_0, var_3);
    // big[i] = mat16() + big[i] * 2.0                                                        <L 30>
    var_5 = wp::mat_t<16, 16, wp::float32>();
    var_6 = wp::address(var_big, var_0);
    var_9 = wp::load(var_6);
    var_8 = wp::mul(var_9, var_7);
    var_10 = wp::add(var_5, var_8);
    // wp::array_store(var_big, var_0, var_10);
    // out[i] = m[i] * v                                                                      <L 31>
    var_11 = wp::address(var_m, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_13, var_v);
    // wp::array_store(var_out, var_0, var_12);
    // out[i][6] = m[i][6, 2] + wp.float64(big[i][15, 15])                                    <L 32>
    var_14 = wp::address(var_m, var_0);
    var_18 = wp::load(var_14);
    var_17 = wp::extract(var_18, var_15, var_16);
    var_19 = wp::address(var_big, var_0);
    var_23 = wp::load(var_19);
    var_22 = wp::extract(var_23, var_20, var_21);
    var_24 = wp::float64(var_22);
    var_25 = wp::add(var_17, var_24);
    var_26 = &(wp::index(var_out, var_0));
    // wp::store(&(wp::index(var_out, var_0).component_ref(var_27)), var_25);
    //---------
    // reverse
    wp::adj_array_store_slot(var_out, adj_out, adj_25, [&](auto& _e) -> auto& { return _e.component_ref(var_27); }, var_0);
    wp::adj_add(var_17, var_24, adj_17, adj_24, adj_25);
    wp::adj_float64(var_22, adj_22, adj_24);
    wp::adj_extract(var_23, var_20, var_21, adj_19, adj_20, adj_21, adj_22);
    wp::adj_address(var_big, var_0, adj_big, adj_0, adj_19);
    wp::adj_extract(var_18, var_15, var_16, adj_14, adj_15, adj_16, adj_17);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_14);
    // adj: out[i][6] = m[i][6, 2] + wp.float64(big[i][15, 15])                               <L 32>
    wp::adj_array_store(var_out, var_0, var_12, adj_out, adj_0, adj_12);
    wp::adj_mul(var_13, var_v, adj_11, adj_v, adj_12);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_11);
    // adj: out[i] = m[i] * v                                                                 <L 31>
    wp::adj_array_store(var_big, var_0, var_10, adj_big, adj_0, adj_10);
    wp::adj_add(var_5, var_8, adj_5, adj_8, adj_10);
    wp::adj_mul(var_9, var_7, adj_6, adj_7, adj_8);
    wp::adj_address(var_big, var_0, adj_big, adj_0, adj_6);
    // adj: big[i] = mat16() + big[i] * 2.0                                                   <L 30>
    wp::adj_array_store(var_m, var_0, var_3, adj_m, adj_0, adj_3);
    wp::adj_add(var_1, var_4, adj_1, adj_2, adj_3);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_2);
    // adj: m[i] = mat73() + m[i]                                                             <L 29>
    // adj: i = wp.tid()                                                                      <L 28>
    // adj: def k2(m: wp.array(dtype=mat73), big: wp.array(dtype=mat16), v: vec3d, out: wp.array(dtype=vec7d)):  <L 27>
    return;
}



struct k2_da083eb0_cpu_block_payload_forward
{
    wp_args_k2_da083eb0* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k2_da083eb0_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k2_da083eb0_cpu_block_payload_forward* payload = (k2_da083eb0_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k2_da083eb0_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k2_da083eb0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k2_da083eb0 *_wp_args)
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
        k2_da083eb0_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k2_da083eb0_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k2_da083eb0_cpu_block_payload_backward
{
    wp_args_k2_da083eb0* args;
    wp_args_k2_da083eb0* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k2_da083eb0_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k2_da083eb0_cpu_block_payload_backward* payload = (k2_da083eb0_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k2_da083eb0_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k2_da083eb0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k2_da083eb0 *_wp_args,
    wp_args_k2_da083eb0 *_wp_adj_args)
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
        k2_da083eb0_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k2_da083eb0_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

