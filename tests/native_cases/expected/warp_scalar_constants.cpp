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


// warpsynth/warp_scalar_constants.py:13
static wp::float64 third_0(
    )
{
    //---------
    // primal vars
    const wp::float64 var_0 = 0.3333333333333333;
    //---------
    // forward
    // def third() -> wp.float64:                                                             <L 14>
    // return F64                                                                             <L 15>
    return var_0;
}


// warpsynth/warp_scalar_constants.py:13
static void adj_third_0(
    wp::float64 & adj_ret)
{
    //---------
    // primal vars
    const wp::float64 var_0 = 0.3333333333333333;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    //---------
    // forward
    // def third() -> wp.float64:                                                             <L 14>
    // return F64                                                                             <L 15>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return F64                                                                        <L 15>
    // adj: def third() -> wp.float64:                                                        <L 14>
    return;
}

struct wp_args_scalars_b6f6c801 {
    wp::array_t<wp::int64> a;
    wp::array_t<wp::float64> b;
    wp::array_t<wp::float32> c;
    wp::array_t<wp::uint32> d;
    wp::array_t<wp::uint64> e;
    wp::array_t<wp::int8> f;
    wp::array_t<wp::int32> g;
};


template <bool wp_linear_contiguous>
static void scalars_b6f6c801_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scalars_b6f6c801 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_c = _wp_args->c;
    wp::array_t<wp::uint32> var_d = _wp_args->d;
    wp::array_t<wp::uint64> var_e = _wp_args->e;
    wp::array_t<wp::int8> var_f = _wp_args->f;
    wp::array_t<wp::int32> var_g = _wp_args->g;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int64 var_1 = 9007199254740993ll;
    wp::float64 var_2;
    const wp::float64 var_3 = 0.3333333333333333;
    wp::float64 var_4;
    const wp::float32 var_5 = 0.1;
    const wp::float32 var_6 = 2;
    wp::float32 var_7;
    const wp::uint32 var_8 = 4000000000u;
    const wp::uint64 var_9 = 5ull;
    const wp::int8 var_10 = -3;
    const wp::int32 var_11 = 7;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    //---------
    // forward
    // def scalars(                                                                           <L 19>
    // i = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // a[i] = I64                                                                             <L 29>
    wp::array_store(var_a, var_0, var_1);
    // b[i] = third() * F64                                                                   <L 30>
    var_2 = third_0();
    var_4 = wp::mul(var_2, var_3);
    wp::array_store(var_b, var_0, var_4);
    // c[i] = F32 + F32_INT                                                                   <L 31>
    var_7 = wp::add(var_5, var_6);
    wp::array_store(var_c, var_0, var_7);
    // d[i] = U32                                                                             <L 32>
    wp::array_store(var_d, var_0, var_8);
    // e[i] = U64                                                                             <L 33>
    wp::array_store(var_e, var_0, var_9);
    // f[i] = I8                                                                              <L 34>
    wp::array_store(var_f, var_0, var_10);
    // g[i] = I32 + 1                                                                         <L 35>
    var_13 = wp::add(var_11, var_12);
    wp::array_store(var_g, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void scalars_b6f6c801_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scalars_b6f6c801 *_wp_args,
    wp_args_scalars_b6f6c801 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_c = _wp_args->c;
    wp::array_t<wp::uint32> var_d = _wp_args->d;
    wp::array_t<wp::uint64> var_e = _wp_args->e;
    wp::array_t<wp::int8> var_f = _wp_args->f;
    wp::array_t<wp::int32> var_g = _wp_args->g;
    wp::array_t<wp::int64> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float64> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_c = _wp_adj_args->c;
    wp::array_t<wp::uint32> adj_d = _wp_adj_args->d;
    wp::array_t<wp::uint64> adj_e = _wp_adj_args->e;
    wp::array_t<wp::int8> adj_f = _wp_adj_args->f;
    wp::array_t<wp::int32> adj_g = _wp_adj_args->g;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int64 var_1 = 9007199254740993ll;
    wp::float64 var_2;
    const wp::float64 var_3 = 0.3333333333333333;
    wp::float64 var_4;
    const wp::float32 var_5 = 0.1;
    const wp::float32 var_6 = 2;
    wp::float32 var_7;
    const wp::uint32 var_8 = 4000000000u;
    const wp::uint64 var_9 = 5ull;
    const wp::int8 var_10 = -3;
    const wp::int32 var_11 = 7;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::uint32 adj_8 = {};
    wp::uint64 adj_9 = {};
    wp::int8 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    //---------
    // forward
    // def scalars(                                                                           <L 19>
    // i = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // a[i] = I64                                                                             <L 29>
    // wp::array_store(var_a, var_0, var_1);
    // b[i] = third() * F64                                                                   <L 30>
    var_2 = third_0();
    var_4 = wp::mul(var_2, var_3);
    // wp::array_store(var_b, var_0, var_4);
    // c[i] = F32 + F32_INT                                                                   <L 31>
    var_7 = wp::add(var_5, var_6);
    // wp::array_store(var_c, var_0, var_7);
    // d[i] = U32                                                                             <L 32>
    // wp::array_store(var_d, var_0, var_8);
    // e[i] = U64                                                                             <L 33>
    // wp::array_store(var_e, var_0, var_9);
    // f[i] = I8                                                                              <L 34>
    // wp::array_store(var_f, var_0, var_10);
    // g[i] = I32 + 1                                                                         <L 35>
    var_13 = wp::add(var_11, var_12);
    // wp::array_store(var_g, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_g, var_0, var_13, adj_g, adj_0, adj_13);
    wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
    // adj: g[i] = I32 + 1                                                                    <L 35>
    wp::adj_array_store(var_f, var_0, var_10, adj_f, adj_0, adj_10);
    // adj: f[i] = I8                                                                         <L 34>
    wp::adj_array_store(var_e, var_0, var_9, adj_e, adj_0, adj_9);
    // adj: e[i] = U64                                                                        <L 33>
    wp::adj_array_store(var_d, var_0, var_8, adj_d, adj_0, adj_8);
    // adj: d[i] = U32                                                                        <L 32>
    wp::adj_array_store(var_c, var_0, var_7, adj_c, adj_0, adj_7);
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: c[i] = F32 + F32_INT                                                              <L 31>
    wp::adj_array_store(var_b, var_0, var_4, adj_b, adj_0, adj_4);
    wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
    // adj: b[i] = third() * F64                                                              <L 30>
    wp::adj_array_store(var_a, var_0, var_1, adj_a, adj_0, adj_1);
    // adj: a[i] = I64                                                                        <L 29>
    // adj: i = wp.tid()                                                                      <L 28>
    // adj: def scalars(                                                                      <L 19>
    return;
}



struct scalars_b6f6c801_cpu_block_payload_forward
{
    wp_args_scalars_b6f6c801* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scalars_b6f6c801_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scalars_b6f6c801_cpu_block_payload_forward* payload = (scalars_b6f6c801_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scalars_b6f6c801_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void scalars_b6f6c801_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scalars_b6f6c801 *_wp_args)
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
        scalars_b6f6c801_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scalars_b6f6c801_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct scalars_b6f6c801_cpu_block_payload_backward
{
    wp_args_scalars_b6f6c801* args;
    wp_args_scalars_b6f6c801* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scalars_b6f6c801_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scalars_b6f6c801_cpu_block_payload_backward* payload = (scalars_b6f6c801_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scalars_b6f6c801_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void scalars_b6f6c801_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scalars_b6f6c801 *_wp_args,
    wp_args_scalars_b6f6c801 *_wp_adj_args)
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
        scalars_b6f6c801_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scalars_b6f6c801_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

