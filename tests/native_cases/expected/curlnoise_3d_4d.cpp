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

struct wp_args_k_a6c2858b {
    wp::array_t<wp::vec_t<3, wp::float32>> out;
    wp::int32 seed;
};


template <bool wp_linear_contiguous>
static void k_a6c2858b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_a6c2858b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::int32 var_seed = _wp_args->seed;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 3.0;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 2;
    wp::uint32 var_7;
    const wp::float32 var_8 = 2.0;
    const wp::float32 var_9 = 0.5;
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 2.0;
    const wp::float32 var_13 = 3.0;
    const wp::float32 var_14 = 4.0;
    wp::vec_t<4, wp::float32> var_15;
    const wp::int32 var_16 = 3;
    wp::uint32 var_17;
    const wp::float32 var_18 = 2.0;
    const wp::float32 var_19 = 0.5;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    //---------
    // forward
    // def k(out: wp.array(dtype=wp.vec3), seed: int):                                        <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, tid)                                                        <L 7>
    var_1 = wp::rand_init(var_seed, var_0);
    // a = wp.curlnoise(state, wp.vec3(1.0, 2.0, 3.0), wp.uint32(2), 2.0, 0.5)                <L 8>
    var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
    var_7 = wp::uint32(var_6);
    var_10 = wp::curlnoise(var_1, var_5, var_7, var_8, var_9);
    // b = wp.curlnoise(state, wp.vec4(1.0, 2.0, 3.0, 4.0), wp.uint32(3), 2.0, 0.5)           <L 9>
    var_15 = wp::vec_t<4, wp::float32>(var_11, var_12, var_13, var_14);
    var_17 = wp::uint32(var_16);
    var_20 = wp::curlnoise(var_1, var_15, var_17, var_18, var_19);
    // out[tid] = a + b                                                                       <L 10>
    var_21 = wp::add(var_10, var_20);
    wp::array_store(var_out, var_0, var_21);
}



template <bool wp_linear_contiguous>
static void k_a6c2858b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_a6c2858b *_wp_args,
    wp_args_k_a6c2858b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    wp::int32 adj_seed = _wp_adj_args->seed;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 3.0;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 2;
    wp::uint32 var_7;
    const wp::float32 var_8 = 2.0;
    const wp::float32 var_9 = 0.5;
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 2.0;
    const wp::float32 var_13 = 3.0;
    const wp::float32 var_14 = 4.0;
    wp::vec_t<4, wp::float32> var_15;
    const wp::int32 var_16 = 3;
    wp::uint32 var_17;
    const wp::float32 var_18 = 2.0;
    const wp::float32 var_19 = 0.5;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::uint32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<4, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::uint32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    //---------
    // forward
    // def k(out: wp.array(dtype=wp.vec3), seed: int):                                        <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, tid)                                                        <L 7>
    var_1 = wp::rand_init(var_seed, var_0);
    // a = wp.curlnoise(state, wp.vec3(1.0, 2.0, 3.0), wp.uint32(2), 2.0, 0.5)                <L 8>
    var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
    var_7 = wp::uint32(var_6);
    var_10 = wp::curlnoise(var_1, var_5, var_7, var_8, var_9);
    // b = wp.curlnoise(state, wp.vec4(1.0, 2.0, 3.0, 4.0), wp.uint32(3), 2.0, 0.5)           <L 9>
    var_15 = wp::vec_t<4, wp::float32>(var_11, var_12, var_13, var_14);
    var_17 = wp::uint32(var_16);
    var_20 = wp::curlnoise(var_1, var_15, var_17, var_18, var_19);
    // out[tid] = a + b                                                                       <L 10>
    var_21 = wp::add(var_10, var_20);
    // wp::array_store(var_out, var_0, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
    wp::adj_add(var_10, var_20, adj_10, adj_20, adj_21);
    // adj: out[tid] = a + b                                                                  <L 10>
    wp::adj_curlnoise(var_1, var_15, var_17, var_18, var_19, adj_1, adj_15, adj_17, adj_18, adj_19, adj_20);
    wp::adj_vec_t(var_11, var_12, var_13, var_14, adj_11, adj_12, adj_13, adj_14, adj_15);
    // adj: b = wp.curlnoise(state, wp.vec4(1.0, 2.0, 3.0, 4.0), wp.uint32(3), 2.0, 0.5)      <L 9>
    wp::adj_curlnoise(var_1, var_5, var_7, var_8, var_9, adj_1, adj_5, adj_7, adj_8, adj_9, adj_10);
    wp::adj_vec_t(var_2, var_3, var_4, adj_2, adj_3, adj_4, adj_5);
    // adj: a = wp.curlnoise(state, wp.vec3(1.0, 2.0, 3.0), wp.uint32(2), 2.0, 0.5)           <L 8>
    // adj: state = wp.rand_init(seed, tid)                                                   <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def k(out: wp.array(dtype=wp.vec3), seed: int):                                   <L 5>
    return;
}



struct k_a6c2858b_cpu_block_payload_forward
{
    wp_args_k_a6c2858b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_a6c2858b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_a6c2858b_cpu_block_payload_forward* payload = (k_a6c2858b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_a6c2858b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_a6c2858b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_a6c2858b *_wp_args)
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
        k_a6c2858b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_a6c2858b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_a6c2858b_cpu_block_payload_backward
{
    wp_args_k_a6c2858b* args;
    wp_args_k_a6c2858b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_a6c2858b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_a6c2858b_cpu_block_payload_backward* payload = (k_a6c2858b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_a6c2858b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_a6c2858b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_a6c2858b *_wp_args,
    wp_args_k_a6c2858b *_wp_adj_args)
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
        k_a6c2858b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_a6c2858b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

